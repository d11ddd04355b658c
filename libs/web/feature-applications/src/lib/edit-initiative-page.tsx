import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import type { UpdateInitiativeInput } from '@dp/web/data-access';
import { Suspense, createContext, lazy, useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ValidCreateInitiativeInput } from '@dp/domain/initiatives';
import { ErrorState, LoadingState, Page, useNotify } from '@dp/web/ui';
import { canEdit, canViewPrioritisation, type AccessDecision } from '@dp/domain/workflow';
import { creatableDepartmentIds, readGraphQLError, useCurrentUser, type GraphQLFailure, type ServerFieldError } from '@dp/web/data-access';
import { InitiativeQuery, UpdateInitiativeMutation } from './operations';
import { useReferenceData, type ReferenceData } from './reference-data';
import { InitiativeFormView, applyServerFieldErrors, useInitiativeForm } from './initiative-form';
import { toFormValues, validFormInput, type InitiativeFormValues } from './form-model';
import { ConflictPanel, differingFields, type LatestInitiative } from './conflict-panel';
import { SaveError } from './save-error';
import { failureText } from './failure-text';
import { ProcessPanel } from './process-panel';
import { InitiativeTimeline } from './initiative-timeline';
import { DecisionPanel } from './decision/decision-panel';

/** The nyttokalkyl (grids, figures, chart) loads as a chunk of its own when an initiative is opened. */
const BenefitCalculationSection = lazy(() => import('./benefits/benefit-calculation-section').then((m) => ({ default: m.BenefitCalculationSection })));
/** The bedömning and ska-krav, for the roles that see the prioritisation, load as a chunk of their own too. */
const AssessmentSection = lazy(() => import('./assessment/assessment-section').then((m) => ({ default: m.AssessmentSection })));

/**
 * The initiative's page (`/initiatives/:id`): the decision (beslut) once there is one, "Ärendets gång" (its status and the steps the user may take),
 * the form, saved with the version it was loaded at (optimistic lock), the nyttokalkyl, the bedömning (for the roles that
 * see the prioritisation) and its history. When the domain's
 * canEdit says no (another department, a role that only reads, a status past the department's work) the
 * form is read-only and says why.
 */
export function EditInitiativePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const reference = useReferenceData();
  const { actor } = useCurrentUser();
  const [result, reexecute] = useQuery({ query: InitiativeQuery, variables: { id } });
  /** the version a step in the process left the initiative at, so the form saves on top of it */
  const [transitionedVersion, setTransitionedVersion] = useState<number | null>(null);
  const formHeadingId = useId();

  const failure = readGraphQLError(result.error);
  const notFound = (result.data && result.data.initiative === null) || failure?.kind === 'not-found';

  if (notFound) {
    return (
      <Page title={t('initiatives.form.notFoundTitle')}>
        <Text>{t('initiatives.form.notFoundBody')}</Text>
        <Anchor component={Link} to="/initiatives">
          {t('notFound.back')}
        </Anchor>
      </Page>
    );
  }

  const initiative = result.data?.initiative;
  const access = initiative ? canEdit(actor, { departmentId: initiative.department.id, status: initiative.status }) : null;
  const title = access && !access.ok ? t('initiatives.form.viewTitle') : t('initiatives.form.editTitle');
  const { retryable, ...errorText } = failureText(t, failure ?? readGraphQLError(reference.error));
  return (
    <Page title={title}>
      {result.error || reference.error ? (
        <ErrorState
          {...errorText}
          {...(retryable
            ? {
                onRetry: () => {
                  reexecute({ requestPolicy: 'network-only' });
                  reference.retry();
                },
              }
            : {})}
        />
      ) : !initiative || !reference.data || !access ? (
        <LoadingState />
      ) : (
        <>
          {/* the decision first: what the applicant is told in the application */}
          {initiative.decision ? <DecisionPanel decision={initiative.decision} requestedAmount={initiative.requestedAmount} /> : null}
          <ProcessPanel
            initiative={initiative}
            onTransitioned={(version) => {
              setTransitionedVersion(version);
              // the server's view of the new state: steps, status history and audit entries
              reexecute({ requestPolicy: 'network-only' });
            }}
            onReload={() => reexecute({ requestPolicy: 'network-only' })}
          />
          <Stack component="section" aria-labelledby={formHeadingId} gap="md">
            <Title order={2} id={formHeadingId}>
              {t('workflow.process.formTitle')}
            </Title>
            <EditInitiativeForm
              key={initiative.id}
              initiative={initiative}
              reference={reference.data}
              access={access}
              transitionedVersion={transitionedVersion}
            />
          </Stack>
          <Suspense fallback={<LoadingState />}>
            <BenefitCalculationSection
              initiativeId={initiative.id}
              status={initiative.status}
              // a saved calculation changes the initiative's figures and so its version: the form saves on top of it
              onSaved={setTransitionedVersion}
            />
          </Suspense>
          {canViewPrioritisation(actor).ok ? (
            <Suspense fallback={<LoadingState />}>
              <AssessmentSection initiativeId={initiative.id} status={initiative.status} />
            </Suspense>
          ) : null}
          <InitiativeTimeline initiative={initiative} reference={reference.data} />
        </>
      )}
    </Page>
  );
}

/** Why the user may look but not change: the refusal of canEdit, in the UI language. */
function ReadOnlyNotice({ initiative, reason }: { initiative: LatestInitiative; reason: Extract<AccessDecision, { ok: false }>['reason'] }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={t('initiatives.readOnly.title')} data-testid="read-only-notice">
      <Text size="sm">
        {t(`initiatives.readOnly.${reason}`, {
          department: initiative.department.name,
          status: t(`status.${initiative.status}`, { defaultValue: initiative.status }),
        })}
      </Text>
    </Alert>
  );
}

interface EditInitiativeFormProps {
  initiative: LatestInitiative;
  reference: ReferenceData;
  access: AccessDecision;
  /** the version after the last step taken on this page (a step changes no field, so what the user typed stays) */
  transitionedVersion: number | null;
}

/** How long the user may pause typing before the draft is saved on its own. */
export const AUTOSAVE_DELAY_MS = 2000;

/**
 * The pause before the draft is saved on its own; `null` turns the autosave off. Component tests of the
 * explicit save turn it off: on a slow machine the timer would otherwise fire between typing and the
 * click and race it.
 */
export const AutosaveDelayContext = createContext<number | null>(AUTOSAVE_DELAY_MS);

function timeOfDay(date: Date): string {
  return date.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });
}

function EditInitiativeForm({ initiative, reference, access, transitionedVersion }: EditInitiativeFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { user } = useCurrentUser();
  const [, updateInitiative] = useMutation(UpdateInitiativeMutation);
  const form = useInitiativeForm(toFormValues(initiative), reference);
  // it stays in its department, or moves to one the user may create initiatives for
  const departmentIds = new Set([initiative.department.id, ...creatableDepartmentIds(user)]);
  const departments = reference.departments.filter((d) => departmentIds.has(d.id));
  /** the version the user's values are based on */
  const [version, setVersion] = useState(initiative.version);
  const [seenTransition, setSeenTransition] = useState(transitionedVersion);
  if (transitionedVersion !== seenTransition) {
    setSeenTransition(transitionedVersion);
    if (transitionedVersion !== null) setVersion(transitionedVersion);
  }
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<GraphQLFailure | null>(null);
  const [unplaced, setUnplaced] = useState<ServerFieldError[]>([]);

  // autosave of the draft: the latest version (also between renders), the values last saved, the save under way
  const versionRef = useRef(initiative.version);
  useEffect(() => {
    versionRef.current = version;
  }, [version]);
  const savedValues = useRef<InitiativeFormValues>(toFormValues(initiative));
  const autosaving = useRef<Promise<void> | null>(null);
  /** after a conflict only the user decides (the conflict panel, then the save button) */
  const autosaveStopped = useRef(false);
  const [autosaveStatus, setAutosaveStatus] = useState<{ savedAt: string } | { failed: true } | null>(null);
  const updateVersion = (next: number) => {
    versionRef.current = next;
    setVersion(next);
  };

  const autosave = async () => {
    if (autosaveStopped.current || autosaving.current || form.formState.isSubmitting) return;
    const values = form.getValues();
    const changed = differingFields(values, savedValues.current);
    if (changed.length === 0) return;
    const valid = await validFormInput(values, (id) => reference.fundRounds.find((r) => r.id === id)?.budget);
    if (!valid) return;
    const input: Record<string, unknown> = {};
    for (const field of changed) {
      if (field in valid) input[field] = valid[field as keyof ValidCreateInitiativeInput];
    }
    if (Object.keys(input).length === 0) return;
    const run = (async () => {
      const result = await updateInitiative({ id: initiative.id, version: versionRef.current, input: input as UpdateInitiativeInput });
      const updated = result.data?.updateInitiative;
      if (updated && !result.error) {
        savedValues.current = values;
        updateVersion(updated.version);
        setAutosaveStatus({ savedAt: timeOfDay(new Date()) });
        return;
      }
      const f = readGraphQLError(result.error) ?? { kind: 'unknown' };
      if (f.kind === 'conflict') {
        autosaveStopped.current = true;
        setFailure(f);
        setConflict(true);
      } else if (f.kind === 'validation') {
        setFailure(f);
        setUnplaced(applyServerFieldErrors(form, f.fields));
      } else {
        setAutosaveStatus({ failed: true });
      }
    })();
    autosaving.current = run;
    try {
      await run;
    } finally {
      autosaving.current = null;
    }
  };
  const autosaveRef = useRef(autosave);
  useEffect(() => {
    autosaveRef.current = autosave;
  });
  const autosaveDelay = useContext(AutosaveDelayContext);
  useEffect(() => {
    if (!access.ok || autosaveDelay === null) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void autosaveRef.current(), autosaveDelay);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
    };
  }, [form, access.ok, autosaveDelay]);

  const save = async (input: ValidCreateInitiativeInput) => {
    setFailure(null);
    setUnplaced([]);
    // a draft being saved on its own goes first, so this save builds on its version
    if (autosaving.current) await autosaving.current;
    const result = await updateInitiative({ id: initiative.id, version: versionRef.current, input });
    const updated = result.data?.updateInitiative;
    if (updated && !result.error) {
      setConflict(false);
      updateVersion(updated.version);
      savedValues.current = form.getValues();
      notify({ message: t('initiatives.form.updated', { title: updated.title }) });
      void navigate(`/initiatives?round=${encodeURIComponent(input.fundRoundId)}`);
      return;
    }
    const f = readGraphQLError(result.error) ?? { kind: 'unknown' };
    setFailure(f);
    if (f.kind === 'conflict') setConflict(true);
    if (f.kind === 'validation') setUnplaced(applyServerFieldErrors(form, f.fields));
  };

  const keepMine = (latest: LatestInitiative) => {
    updateVersion(latest.version);
    setConflict(false);
    setFailure(null);
    notify({ message: t('initiatives.conflict.keepMineHelp'), tone: 'info' });
  };
  const takeLatest = (latest: LatestInitiative) => {
    form.reset(toFormValues(latest));
    savedValues.current = toFormValues(latest);
    autosaveStopped.current = false;
    updateVersion(latest.version);
    setConflict(false);
    setFailure(null);
  };

  if (!access.ok) {
    return (
      <>
        <ReadOnlyNotice initiative={initiative} reason={access.reason} />
        <InitiativeFormView
          form={form}
          reference={reference}
          submitLabel={t('initiatives.form.submitUpdate')}
          onValid={() => undefined}
          departments={departments}
          readOnly
          headingOrder={3}
          cancel={
            <Button component={Link} to="/initiatives" variant="default">
              {t('initiatives.form.back')}
            </Button>
          }
        />
      </>
    );
  }

  return (
    <InitiativeFormView
      form={form}
      reference={reference}
      submitLabel={t('initiatives.form.submitUpdate')}
      onValid={save}
      departments={departments}
      headingOrder={3}
      formError={<SaveError failure={failure} unplaced={unplaced} onRetry={() => void form.handleSubmit(save)()} />}
      cancel={
        <Button component={Link} to="/initiatives" variant="default">
          {t('common.cancel')}
        </Button>
      }
    >
      <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="autosave-status">
        {autosaveStatus === null
          ? ''
          : 'savedAt' in autosaveStatus
            ? t('initiatives.autosave.saved', { time: autosaveStatus.savedAt })
            : t('initiatives.autosave.failed')}
      </Text>
      {conflict ? (
        <ConflictPanel
          initiativeId={initiative.id}
          reference={reference}
          getValues={form.getValues}
          onKeepMine={keepMine}
          onUseLatest={takeLatest}
        />
      ) : null}
    </InitiativeFormView>
  );
}
