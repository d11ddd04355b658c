import { Alert, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useFormatMoney } from '@dp/web/ui';
import { useInitiativeDecisionTranslation } from './i18n';
import { shortFingerprint, type DecisionOutcomeCode, type DecisionView } from './model';

/** The element id of the "Beslut" section on the initiative page, for links to it. */
export const DECISION_SECTION_ID = 'beslut';

/** A colour per outcome from the theme's AA-checked light variants; the text always names the outcome too. */
const COLORS: Record<DecisionOutcomeCode, string> = {
  GRANTED: 'green',
  REJECTED: 'red',
  DEFERRED: 'gray',
  RETURNED: 'orange',
};

export interface DecisionPanelProps {
  decision: DecisionView;
  /** the initiative's requested amount: a lower grant says so */
  requestedAmount?: number | null;
}

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/**
 * "Beslut" at the top of the initiative page: how the decision maker decided (beviljad with the amount,
 * per year and the conditions; avslag, bordlagd or återremitterad with the reason), when, under which
 * registration number, by whom and at which meeting; a grant over the budget with its reason; and that
 * the decision basis is locked, with the start of its checksum and whether it still matches.
 */
export function DecisionPanel({ decision, requestedAmount }: DecisionPanelProps) {
  const { t } = useInitiativeDecisionTranslation();
  const money = useFormatMoney();
  const headingId = useId();
  const granted = decision.outcome === 'GRANTED';
  const amount = decision.grantedAmount;
  const lower = granted && amount !== null && requestedAmount !== null && requestedAmount !== undefined && amount < requestedAmount;
  const headline =
    granted && amount !== null
      ? lower
        ? t('headline.GRANTED_lower', { amount: money(amount), requested: money(requestedAmount ?? 0) })
        : t('headline.GRANTED', { amount: money(amount) })
      : granted
        ? t('outcomes.GRANTED')
        : t(`headline.${decision.outcome}`);
  const years = decision.amountsByYear ?? [];
  const color = COLORS[decision.outcome];

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      id={DECISION_SECTION_ID}
      withBorder
      p="md"
      radius="sm"
      data-testid="decision-panel"
      style={{ borderLeft: `6px solid var(--mantine-color-${color}-7)` }}
    >
      <Stack gap="sm">
        <Group gap="sm" align="center">
          <Title order={2} id={headingId}>
            {t('title')}
          </Title>
          <Badge variant="light" color={color} radius="sm" tt="none" size="lg">
            {t(`outcomes.${decision.outcome}`)}
          </Badge>
        </Group>
        <Text fw={600} data-testid="decision-headline">
          {headline}
        </Text>
        <Text size="sm">{t(`next.${decision.outcome}`)}</Text>

        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs" m={0}>
          <Field label={t('fields.outcome')}>{t(`outcomes.${decision.outcome}`)}</Field>
          {granted && amount !== null ? (
            <Field label={t('fields.grantedAmount')} testId="decision-amount">
              {money(amount)}
            </Field>
          ) : null}
          {granted && years.length > 0 ? (
            <Field label={t('fields.byYear')} testId="decision-by-year">
              <List size="sm" listStyleType="none" spacing={0}>
                {years.map((y) => (
                  <List.Item key={y.year}>{t('yearAmount', { year: y.year, amount: money(y.amount) })}</List.Item>
                ))}
              </List>
            </Field>
          ) : null}
          <Field label={t('fields.decidedOn')}>
            <time dateTime={decision.decidedOn}>{decision.decidedOn}</time>
          </Field>
          <Field label={t('fields.registrationNumber')} testId="decision-registration-number">
            {decision.registrationNumber}
          </Field>
          <Field label={t('fields.decidedBy')} testId="decision-decided-by">
            {t('decidedByValue', { name: decision.decidedByName, level: decision.signatoryLabel || decision.signatory })}
          </Field>
          {decision.meeting ? (
            <Field label={t('fields.meeting')} testId="decision-meeting">
              {t('meetingValue', { title: decision.meeting.title, date: decision.meeting.heldOn })}
            </Field>
          ) : null}
        </SimpleGrid>

        {granted && decision.conditions ? (
          <dl style={{ margin: 0 }}>
            <Field label={t('fields.conditions')} testId="decision-conditions">
              {decision.conditions}
            </Field>
          </dl>
        ) : null}
        {decision.reason ? (
          <dl style={{ margin: 0 }}>
            <Field label={t('fields.reason')} testId="decision-reason">
              {decision.reason}
            </Field>
          </dl>
        ) : null}

        {decision.overcommitted ? (
          <Alert color="orange" variant="light" role="note" title={t('overcommitted.title')} data-testid="decision-overcommitted">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {decision.overcommitReason ? t('overcommitted.body', { reason: decision.overcommitReason }) : t('overcommitted.bodyNoReason')}
            </Text>
          </Alert>
        ) : null}

        <Stack gap={2} data-testid="decision-snapshot">
          <Text size="sm">
            {t('snapshot.locked', { fingerprint: shortFingerprint(decision.fingerprint) })}{' '}
            {decision.snapshotIntact ? t('snapshot.intact') : null}
          </Text>
          <Text size="xs" c="dimmed">
            {t('snapshot.help')}
          </Text>
        </Stack>
        {!decision.snapshotIntact ? (
          <Alert color="red" variant="light" role="alert" title={t('snapshot.changedTitle')} data-testid="decision-snapshot-changed">
            <Text size="sm">{t('snapshot.changed')}</Text>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
