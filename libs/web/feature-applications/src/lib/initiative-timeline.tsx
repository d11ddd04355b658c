import { Badge, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ScrollTable, StatusBadge, formatDateTime, numberLocaleFor, useFormatMoney } from '@dp/web/ui';
import type { InitiativeDetailFieldsFragment } from '@dp/web/data-access';
import type { ReferenceData } from './reference-data';
import { formatDuration } from './workflow-text';
import { InitiativeComments } from './initiative-comments';

type Detail = InitiativeDetailFieldsFragment;

/** Fields of the audit entries that say nothing to a reader (identity, lock counter, a user id). */
const HIDDEN_FIELDS = new Set([
  'id',
  'version',
  'anchoredById',
  // an initiative's history includes its calculations': their link, who saved (shown as the actor) and the round's parameters
  'initiative',
  'updatedById',
  'updatedByName',
  'parameters',
  'frozenByAction',
  // and (for those who see the prioritisation) its assessments: the reviewer's id and the criteria version
  'reviewer',
  'criteriaSet',
]);
/** Fields with a translated name; others are shown by their code. */
const KNOWN_FIELDS = new Set([
  'title',
  'description',
  'department',
  'fundRound',
  'goalAreas',
  'requestedAmount',
  'status',
  'anchoredAt',
  'contactName',
  'contactEmail',
  'currentSituation',
  'problem',
  'desiredSituation',
  'expectedEffects',
  'coFinancing',
  'plannedStart',
  'plannedEnd',
  'risks',
  'dependencies',
  'handlesPersonalData',
  'confidentialityLevel',
  'integrityLevel',
  'availabilityLevel',
  'dpiaStatus',
  // the figures of the calculation in force, kept on the initiative when a calculation is saved
  'npv',
  'benefitCostRatio',
  'npvPerKrona',
  // the fields of its calculations (nyttokalkyl)
  'kind',
  'sheet',
  'figures',
  'frozenAt',
  // the fields of its assessments (bedömning) and must-requirement answers (ska-krav)
  'reviewerName',
  'scores',
  'comment',
  'answers',
]);

interface SheetLike {
  costs: Array<{ label?: unknown; unit?: unknown; amounts?: Array<{ amount?: unknown }> }>;
  benefits: Array<{ label?: unknown; unit?: unknown; amounts?: Array<{ amount?: unknown }> }>;
}

function isSheet(value: unknown): value is SheetLike {
  return typeof value === 'object' && value !== null && Array.isArray((value as SheetLike).costs) && Array.isArray((value as SheetLike).benefits);
}
const LONG_TEXT = 300;

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** A value of the audit log (JSON text) made readable: amounts, names for ids the page knows, translated statuses. */
export function useReadableValue(reference: ReferenceData): (field: string, json: string | null) => string {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const formatRatio = (n: number) => new Intl.NumberFormat(numberLocaleFor(i18n.language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  const nameOf = (list: ReadonlyArray<{ id: string; name: string }>, id: unknown) => list.find((x) => x.id === id)?.name ?? String(id);
  return (field, json) => {
    const value = parse(json);
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('workflow.history.empty');
    switch (field) {
      case 'requestedAmount':
      case 'coFinancing':
        return typeof value === 'number' ? formatMoney(value) : String(value);
      case 'handlesPersonalData':
        return value === true ? t('workflow.process.historyYes') : value === false ? t('workflow.process.historyNo') : String(value);
      case 'confidentialityLevel':
      case 'integrityLevel':
      case 'availabilityLevel':
        return t(`initiatives.form.levels.${String(value)}`, { defaultValue: String(value) });
      case 'dpiaStatus':
        return t(`initiatives.form.dpiaStatuses.${String(value)}`, { defaultValue: String(value) });
      case 'department':
        return nameOf(reference.departments, value);
      case 'fundRound':
        return nameOf(reference.fundRounds, value);
      case 'goalAreas':
        return Array.isArray(value) ? value.map((id) => nameOf(reference.goalAreas, id)).join(', ') : String(value);
      case 'status':
        return t(`status.${String(value)}`, { defaultValue: String(value) });
      case 'anchoredAt':
        return typeof value === 'string' ? formatDateTime(value) || value : String(value);
      case 'npv':
        return typeof value === 'number' ? formatMoney(value) : String(value);
      case 'kind':
        return t(`workflow.history.calculationKinds.${String(value)}`, { defaultValue: String(value) });
      case 'frozenAt':
        return typeof value === 'string' ? formatDateTime(value) || value : String(value);
      case 'figures': {
        const figures = value as { npv?: unknown; benefitCostRatio?: unknown };
        if (typeof figures?.npv !== 'number') break;
        return t('workflow.history.figuresSummary', {
          npv: formatMoney(figures.npv),
          ratio: typeof figures.benefitCostRatio === 'number' ? formatRatio(figures.benefitCostRatio) : '–',
        });
      }
      case 'sheet': {
        if (!isSheet(value)) break;
        // each line with its total over the years, in kronor or hours as it is kept
        const lines = (list: SheetLike['costs']) =>
          list
            .map((l) => {
              const total = (l.amounts ?? []).reduce((sum, a) => sum + (typeof a.amount === 'number' ? a.amount : 0), 0);
              const amount = l.unit === 'HOURS' ? t('workflow.history.hours', { hours: new Intl.NumberFormat(numberLocaleFor(i18n.language)).format(total) }) : formatMoney(total);
              return `${String(l.label ?? '')} ${amount}`;
            })
            .join(', ') || t('workflow.history.noLines');
        const text = t('workflow.history.sheetSummary', { costs: lines(value.costs), benefits: lines(value.benefits) });
        return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT - 1)}…` : text;
      }
      case 'scores': {
        // criterion: score, in the order saved (the criteria's ids are stable, readable slugs)
        if (!Array.isArray(value)) break;
        const text = (value as { criterionId?: unknown; score?: unknown }[])
          .map((s) => `${String(s.criterionId ?? '')} ${typeof s.score === 'number' ? s.score : t('workflow.history.notScored')}`)
          .join(', ');
        return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT - 1)}…` : text;
      }
      case 'answers': {
        if (!Array.isArray(value)) break;
        const text = (value as { requirementId?: unknown; met?: unknown }[])
          .map((a) => `${String(a.requirementId ?? '')} ${a.met === true ? t('workflow.history.met') : a.met === false ? t('workflow.history.notMet') : t('workflow.history.notAnswered')}`)
          .join(', ');
        return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT - 1)}…` : text;
      }
      case 'benefitCostRatio':
      case 'npvPerKrona':
        return typeof value === 'number' ? formatRatio(value) : String(value);
    }
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT - 1)}…` : text;
  };
}

function fieldName(t: TFunction, field: string): string {
  return KNOWN_FIELDS.has(field) ? t(`workflow.history.fields.${field}`) : field;
}

export interface InitiativeTimelineProps {
  initiative: Detail;
  reference: ReferenceData;
}

/**
 * "Historik": every state the initiative has been in (when, by whom, why, for how long), with the
 * completion requests marked, and every recorded change of its fields (who changed what from what to what).
 */
export function InitiativeTimeline({ initiative, reference }: InitiativeTimelineProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const readable = useReadableValue(reference);
  // "now" for the state the initiative is still in, fixed when the page shows the history
  const [now] = useState(() => Date.now());

  const rows = initiative.history.flatMap((entry) =>
    entry.changes
      .filter((c) => !HIDDEN_FIELDS.has(c.field))
      .map((change) => ({ key: `${entry.id}-${change.field}`, entry, change })),
  );

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="sm" data-testid="timeline">
      <Stack gap="md">
        <Title order={2} id={headingId}>
          {t('workflow.history.title')}
        </Title>

        <Title order={3} size="h4">
          {t('workflow.history.statusTitle')}
        </Title>
        <ScrollTable minWidth={720} label={t('workflow.history.statusCaption')}>
          <Table verticalSpacing="xs" data-testid="status-history">
            <VisuallyHidden component="caption">{t('workflow.history.statusCaption')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('workflow.history.columns.status')}</Table.Th>
                <Table.Th scope="col">{t('workflow.history.columns.enteredAt')}</Table.Th>
                <Table.Th scope="col">{t('workflow.history.columns.duration')}</Table.Th>
                <Table.Th scope="col">{t('workflow.history.columns.actor')}</Table.Th>
                <Table.Th scope="col">{t('workflow.history.columns.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {initiative.statusHistory.map((interval) => {
                const completion = interval.status === 'AWAITING_COMPLETION';
                const spent = formatDuration(t, (interval.leftAt ? Date.parse(interval.leftAt) : now) - Date.parse(interval.enteredAt));
                return (
                  <Table.Tr
                    key={`${interval.status}-${interval.enteredAt}`}
                    data-testid={completion ? 'completion-request-row' : undefined}
                    bg={completion ? 'var(--mantine-color-orange-light)' : undefined}
                  >
                    <Table.Th scope="row" fw={400}>
                      <StatusBadge status={interval.status} />
                    </Table.Th>
                    <Table.Td>
                      <time dateTime={interval.enteredAt}>{formatDateTime(interval.enteredAt)}</time>
                    </Table.Td>
                    <Table.Td>{interval.leftAt ? spent : t('workflow.history.ongoing', { duration: spent })}</Table.Td>
                    <Table.Td>{interval.actorName ?? t('workflow.history.system')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                      {completion ? (
                        <Badge variant="light" color="orange" radius="sm" tt="none" mr="xs">
                          {t('workflow.history.completionRequest')}
                        </Badge>
                      ) : null}
                      {interval.reason ?? ''}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>

        <InitiativeComments initiative={initiative} />

        <Title order={3} size="h4">
          {t('workflow.history.changesTitle')}
        </Title>
        {rows.length === 0 ? (
          <Text>{t('workflow.history.noChanges')}</Text>
        ) : (
          <ScrollTable minWidth={720} label={t('workflow.history.changesCaption')}>
            <Table verticalSpacing="xs" data-testid="change-history">
              <VisuallyHidden component="caption">{t('workflow.history.changesCaption')}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('workflow.history.columns.time')}</Table.Th>
                  <Table.Th scope="col">{t('workflow.history.columns.actor')}</Table.Th>
                  <Table.Th scope="col">{t('workflow.history.columns.operation')}</Table.Th>
                  <Table.Th scope="col">{t('workflow.history.columns.field')}</Table.Th>
                  <Table.Th scope="col">{t('workflow.history.columns.before')}</Table.Th>
                  <Table.Th scope="col">{t('workflow.history.columns.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ key, entry, change }) => (
                  <Table.Tr key={key}>
                    <Table.Td>
                      <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                    </Table.Td>
                    <Table.Td>{entry.actorName ?? t('workflow.history.system')}</Table.Td>
                    <Table.Td>{t(`workflow.history.operations.${entry.operation}`, { defaultValue: entry.operation })}</Table.Td>
                    <Table.Th scope="row" fw={600}>
                      {fieldName(t, change.field)}
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{readable(change.field, change.before)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{readable(change.field, change.after)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Paper>
  );
}
