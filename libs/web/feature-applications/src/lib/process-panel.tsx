import { Alert, Anchor, Blockquote, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { REASON_REQUIRED_ACTIONS, type Action } from '@dp/domain/workflow';
import { ErrorState, StatusBadge, formatDateTime, useNotify } from '@dp/web/ui';
import type { InitiativeDetailFieldsFragment } from '@dp/web/data-access';
import { TransitionInitiativeMutation } from './operations';
import { ReasonModal } from './reason-modal';
import { actionRolesText, readTransitionError, refusalText, type TransitionFailure } from './workflow-text';
import { failureText } from './failure-text';
import { fieldInputId, fieldLabelKey, isFormField } from './form-model';
import { BENEFIT_CALCULATION_SECTION_ID } from './benefits/section-id';

type Detail = InitiativeDetailFieldsFragment;
type Step = Detail['availableActions'][number];

function needsReason(action: Action): boolean {
  return REASON_REQUIRED_ACTIONS.includes(action);
}

/** Only "your role may not" stands in the way: a step for someone else, not something this user can fix. */
function onlyForOthers(step: Step): boolean {
  return !step.allowed && step.reasons.length > 0 && step.reasons.every((r) => r === 'ROLE_REQUIRED');
}

/** What went wrong with a step, said plainly: the translated refusal reasons, a conflict with reload, or a general error. */
function TransitionError({ failure, onReload }: { failure: TransitionFailure; onReload: () => void }) {
  const { t } = useTranslation();
  if (failure.kind === 'transition-refused') {
    const reasons = failure.reasons.length > 0 ? failure.reasons : ['UNKNOWN'];
    return (
      <Alert color="red" variant="light" title={t('workflow.process.refusedTitle')} role="alert" data-testid="transition-refused">
        <List size="sm" spacing={4}>
          {reasons.map((code) => (
            <List.Item key={code}>{refusalText(t, code)}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  if (failure.kind === 'conflict') {
    return (
      <Alert color="orange" variant="light" title={t('workflow.process.conflictTitle')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('workflow.process.conflictBody')}</Text>
          <Button variant="filled" onClick={onReload}>
            {t('workflow.process.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const { retryable: _retryable, ...text } = failureText(t, failure);
  return <ErrorState {...text} />;
}

/** The completion request the initiative is waiting for: who asked, when, and what to complete. */
function CompletionRequest({ initiative, canComplete }: { initiative: Detail; canComplete: boolean }) {
  const { t } = useTranslation();
  const request = [...initiative.statusHistory].reverse().find((s) => s.status === 'AWAITING_COMPLETION');
  if (initiative.status !== 'AWAITING_COMPLETION' || !request) return null;
  const time = formatDateTime(request.enteredAt);
  return (
    <Alert color="orange" variant="light" title={t('workflow.completionRequest.title')} data-testid="completion-request">
      <Stack gap="xs">
        <Text size="sm">
          {request.actorName
            ? t('workflow.completionRequest.intro', { name: request.actorName, time })
            : t('workflow.completionRequest.introNoName', { time })}
        </Text>
        {request.reason ? (
          <Blockquote color="orange" p="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {request.reason}
          </Blockquote>
        ) : null}
        {canComplete ? <Text size="sm">{t('workflow.completionRequest.help')}</Text> : null}
      </Stack>
    </Alert>
  );
}

export interface ProcessPanelProps {
  initiative: Detail;
  /** a step was taken: the initiative now has this version */
  onTransitioned: (version: number) => void;
  /** load the initiative again from the server (after a conflict) */
  onReload: () => void;
}

/**
 * "Ärendets gång": the current status, a button for each step the signed-in user may take now, the steps
 * they cannot take with the reasons as text, and who takes the next steps. Steps that need a reason ask
 * for it in a dialog. Every step is sent with the version the page shows.
 */
export function ProcessPanel({ initiative, onTransitioned, onReload }: ProcessPanelProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const headingId = useId();
  const statusRef = useRef<HTMLSpanElement>(null);
  const [, transition] = useMutation(TransitionInitiativeMutation);
  const [busy, setBusy] = useState<Action | null>(null);
  const [asking, setAsking] = useState<Action | null>(null);
  const [failure, setFailure] = useState<TransitionFailure | null>(null);
  const [moved, setMoved] = useState(0);

  // after a step the button pressed may be gone: the focus goes to the new status
  useEffect(() => {
    if (moved > 0) statusRef.current?.focus();
  }, [moved]);

  const steps = initiative.availableActions;
  const allowed = steps.filter((s) => s.allowed);
  const blocked = steps.filter((s) => !s.allowed && !onlyForOthers(s));
  const forOthers = steps.filter(onlyForOthers);
  const canComplete = allowed.some((s) => s.action === 'COMPLETE');

  const run = async (action: Action, reason?: string) => {
    setFailure(null);
    setBusy(action);
    const result = await transition({ id: initiative.id, version: initiative.version, action, ...(reason ? { reason } : {}) });
    setBusy(null);
    const updated = result.data?.transitionInitiative;
    if (updated && !result.error) {
      setAsking(null);
      notify({ message: t('workflow.process.done', { status: t(`status.${updated.status}`) }) });
      onTransitioned(updated.version);
      setMoved((n) => n + 1);
      return;
    }
    setFailure(readTransitionError(result.error) ?? { kind: 'unknown' });
  };

  const start = (action: Action) => {
    setFailure(null);
    if (needsReason(action)) setAsking(action);
    else void run(action);
  };

  const reload = () => {
    setFailure(null);
    onReload();
  };

  const error = failure ? <TransitionError failure={failure} onReload={reload} /> : null;

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="sm" data-testid="process-panel">
      <Stack gap="md">
        <Title order={2} id={headingId}>
          {t('workflow.process.title')}
        </Title>
        <Group gap="sm" align="center">
          <Text fw={600}>{t('workflow.process.currentStatus')}:</Text>
          <span ref={statusRef} tabIndex={-1} data-testid="current-status" style={{ outlineOffset: 2 }}>
            <StatusBadge status={initiative.status} />
          </span>
          {initiative.anchoredAt ? (
            <Text size="sm" c="dimmed">
              {t('workflow.process.anchoredAt', { time: formatDateTime(initiative.anchoredAt) })}
            </Text>
          ) : null}
        </Group>

        <CompletionRequest initiative={initiative} canComplete={canComplete} />

        {steps.length === 0 ? (
          <Text>{t('workflow.process.terminal')}</Text>
        ) : allowed.length > 0 ? (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('workflow.process.yourSteps')}
            </Title>
            <Group gap="sm">
              {allowed.map((s) => (
                <Button
                  key={s.action}
                  variant={s.action === 'WITHDRAW' ? 'default' : 'filled'}
                  onClick={() => start(s.action)}
                  loading={busy === s.action && asking === null}
                  disabled={busy !== null && busy !== s.action}
                >
                  {t(`workflow.actions.${s.action}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        ) : (
          <Text fw={600} data-testid="nothing-allowed">
            {t('workflow.process.nothingAllowed')}
          </Text>
        )}

        {blocked.length > 0 ? (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('workflow.process.unavailable')}
            </Title>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="blocked-steps">
              {blocked.map((s) => (
                <BlockedStep key={s.action} step={s} missingFields={initiative.missingMandatoryFields} />
              ))}
            </Stack>
          </Stack>
        ) : null}

        {forOthers.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm">{t('workflow.process.othersSteps')}</Text>
            <List size="sm" spacing={2} data-testid="others-steps">
              {forOthers.map((s) => (
                <List.Item key={s.action}>
                  {t('workflow.process.othersStep', { action: t(`workflow.actions.${s.action}`), roles: actionRolesText(t, s.action) })}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}

        {asking === null ? error : null}
      </Stack>
      <ReasonModal
        action={asking}
        busy={busy !== null}
        onClose={() => {
          setAsking(null);
          setFailure(null);
        }}
        onSubmit={(action, reason) => void run(action, reason)}
        error={asking !== null ? error : null}
      />
    </Paper>
  );
}

/**
 * A step the user cannot take, as a disabled button with the reasons as visible text beside it. When
 * mandatory fields are missing, they are listed by their labels as links that move the focus to the field.
 */
function BlockedStep({ step, missingFields }: { step: Step; missingFields: readonly string[] }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const missing = step.reasons.includes('MANDATORY_FIELDS_MISSING') ? missingFields.filter(isFormField) : [];
  const planIncomplete = step.reasons.includes('REALISATION_PLAN_INCOMPLETE');
  return (
    <Stack component="li" gap={4}>
      <Group gap="sm" wrap="nowrap" align="center">
        <Button variant="default" disabled aria-describedby={reasonId} style={{ flexShrink: 0 }}>
          {t(`workflow.actions.${step.action}`)}
        </Button>
        <Text size="sm" id={reasonId}>
          {step.reasons.map((code) => refusalText(t, code)).join(' ')}
        </Text>
      </Group>
      {missing.length > 0 ? (
        <Stack gap={2} data-testid="missing-fields">
          <Text size="sm">{t('workflow.process.missingFields')}</Text>
          <List size="sm" spacing={2}>
            {missing.map((field) => (
              <List.Item key={field}>
                <Anchor
                  href={`#${fieldInputId(field)}`}
                  onClick={(event) => {
                    const input = document.getElementById(fieldInputId(field));
                    if (!input) return;
                    event.preventDefault();
                    input.focus();
                    input.scrollIntoView?.({ block: 'center' });
                  }}
                >
                  {t(fieldLabelKey[field])}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {planIncomplete ? (
        <Anchor
          size="sm"
          href={`#${BENEFIT_CALCULATION_SECTION_ID}`}
          onClick={(event) => {
            const section = document.getElementById(BENEFIT_CALCULATION_SECTION_ID);
            const heading = section?.querySelector<HTMLElement>('h2');
            if (!section || !heading) return;
            event.preventDefault();
            heading.tabIndex = -1;
            heading.focus();
            section.scrollIntoView?.({ block: 'start' });
          }}
        >
          {t('workflow.process.toRealisationPlan')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
