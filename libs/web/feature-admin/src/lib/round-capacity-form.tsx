import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ScrollTable, useNotify } from '@dp/web/ui';
import { placeFieldErrors, readAccountFailure, type AccountFailure, type AccountFieldFailure } from './account-errors';
import { useCriteriaFormat } from './criteria-format';
import { useAdminTranslation } from './i18n';
import { FormSaveError, ReloadConflictAlert } from './shared';
import { UpdateRoundCapacityMutation } from './operations';
import {
  budgetField,
  buildCapacityInput,
  capacityRows,
  hoursField,
  placeCapacityError,
  relocaliseRows,
  yearlyBudgetSum,
  type CapacityErrors,
  type CapacityRow,
  type YearAmountData,
} from './round-capacity-model';

export interface CapacityRound {
  id: string;
  name: string;
  version: number;
  /** the fund budget, whole kronor */
  budget: number;
  calculationParameters: { baseYear: number; horizonYears: number };
  yearlyBudgets: readonly YearAmountData[];
  staffCapacity: readonly YearAmountData[];
}

const rowsOf = (round: CapacityRound, locale: string) =>
  capacityRows(
    {
      baseYear: round.calculationParameters.baseYear,
      horizonYears: round.calculationParameters.horizonYears,
      yearlyBudgets: round.yearlyBudgets,
      staffCapacity: round.staffCapacity,
    },
    locale,
  );

const sameRows = (a: readonly CapacityRow[], b: readonly CapacityRow[]) => JSON.stringify(a) === JSON.stringify(b);

/** Translates a code at a budget or hours field. */
function useCapacityMessage(): (code: string, field: string) => string {
  const { t } = useAdminTranslation();
  return (code, field) => t([...(field.startsWith('hours.') ? [`capacity.errors.hours.${code}`] : []), `capacity.errors.${code}`, 'capacity.errors.INVALID']);
}

/**
 * Budget per år och personalkapacitet: a table with a row per year of the round's horizon, an optional
 * budget in kronor and optional staff hours in each, the sum of the yearly budgets beside the round's
 * budget (with a warning when they differ). Saved on the round's version; a conflict keeps what was typed.
 */
export function RoundCapacityForm({ round, reload }: { round: CapacityRound; reload: () => void }) {
  const { t } = useAdminTranslation();
  const notify = useNotify();
  const format = useCriteriaFormat();
  const message = useCapacityMessage();
  const headingId = useId();
  const captionId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [, update] = useMutation(UpdateRoundCapacityMutation);

  const [rows, setRows] = useState(() => rowsOf(round, format.locale));
  const [pristine, setPristine] = useState(rows);
  const [baseVersion, setBaseVersion] = useState(round.version);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<CapacityErrors>({});
  const [failure, setFailure] = useState<AccountFailure | null>(null);
  const [unplaced, setUnplaced] = useState<AccountFieldFailure[]>([]);
  const [reloadRequested, setReloadRequested] = useState(false);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const dirty = !sameRows(rows, pristine);

  // the round changed elsewhere (e.g. its kalkylperiod) while nothing is changed here: show the latest
  const [seenVersion, setSeenVersion] = useState(round.version);
  if (seenVersion !== round.version) {
    setSeenVersion(round.version);
    if (!dirty && failure === null) {
      const next = rowsOf(round, format.locale);
      setRows(next);
      setPristine(next);
      setBaseVersion(round.version);
    }
  }

  const [shownLocale, setShownLocale] = useState(format.locale);
  if (shownLocale !== format.locale) {
    setShownLocale(format.locale);
    setRows(relocaliseRows(rows, shownLocale, format.locale));
    setPristine(relocaliseRows(pristine, shownLocale, format.locale));
  }

  const checked = useMemo(() => buildCapacityInput(rows, format.locale), [rows, format.locale]);
  const errors: CapacityErrors = { ...serverErrors, ...(submitted && !checked.ok ? checked.errors : {}) };
  const errorAt = (field: string) => {
    const code = errors[field];
    return code ? message(code, field) : undefined;
  };
  const sum = yearlyBudgetSum(rows, format.locale);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const change = (year: number, field: 'budget' | 'hours', text: string) => {
    setRows((current) => current.map((r) => (r.year === year ? { ...r, [field]: text } : r)));
    const key = field === 'budget' ? budgetField(year) : hoursField(year);
    setServerErrors((e) => {
      if (!(key in e)) return e;
      const rest = { ...e };
      delete rest[key];
      return rest;
    });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setUnplaced([]);
    setServerErrors({});
    if (!checked.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    const sent = { yearlyBudgets: checked.yearlyBudgets, staffCapacity: checked.staffCapacity };
    setSaving(true);
    const result = await update({ fundRoundId: round.id, version: baseVersion, ...sent });
    setSaving(false);
    const saved = result.data?.updateRoundCapacity;
    if (saved && !result.error) {
      const next = rowsOf({ ...round, ...saved }, format.locale);
      setRows(next);
      setPristine(next);
      setBaseVersion(saved.version);
      setSubmitted(false);
      notify({ message: t('capacity.saved', { round: round.name }) });
      return;
    }
    const f = readAccountFailure(result.error) ?? { kind: 'unknown' };
    setFailure(f);
    setReloadRequested(false);
    if (f.kind === 'validation') {
      const { placed, unplaced: rest } = placeFieldErrors(f.fields, (field) => placeCapacityError(field, sent));
      setServerErrors(placed);
      setUnplaced(rest);
      setFocusRequest((n) => n + 1);
    }
  };

  const conflict = failure?.kind === 'conflict';
  const latestLoaded = conflict && reloadRequested && round.version > baseVersion;
  const hasErrors = Object.keys(errors).length > 0;
  const differs = sum !== null && sum !== round.budget;

  return (
    <form ref={formRef} noValidate onSubmit={(e) => void save(e)} aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} id={headingId}>
          {t('capacity.heading')}
        </Title>
        <Text size="sm" maw={760}>
          {t('capacity.intro')}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm">{t('capacity.noHorizon')}</Text>
        ) : (
          <ScrollTable minWidth={520} focusable={false}>
            <Table withTableBorder verticalSpacing={4} data-testid="capacity-table">
              <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
                {t('capacity.caption')}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('capacity.year')}</Table.Th>
                  <Table.Th scope="col">{t('capacity.budget')}</Table.Th>
                  <Table.Th scope="col">{t('capacity.hours')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.year}>
                    <Table.Th scope="row" fw={400}>
                      {row.inHorizon ? row.year : t('capacity.outsideHorizon', { year: row.year })}
                    </Table.Th>
                    <Table.Td>
                      <TextInput
                        aria-label={t('capacity.budgetLabel', { year: row.year })}
                        inputMode="numeric"
                        autoComplete="off"
                        rightSection="kr"
                        rightSectionProps={{ 'aria-hidden': true }}
                        rightSectionPointerEvents="none"
                        value={row.budget}
                        error={errorAt(budgetField(row.year))}
                        onChange={(e) => change(row.year, 'budget', e.currentTarget.value)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={t('capacity.hoursLabel', { year: row.year })}
                        inputMode="decimal"
                        autoComplete="off"
                        rightSection="h"
                        rightSectionProps={{ 'aria-hidden': true }}
                        rightSectionPointerEvents="none"
                        value={row.hours}
                        error={errorAt(hoursField(row.year))}
                        onChange={(e) => change(row.year, 'hours', e.currentTarget.value)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('capacity.sum')}</Table.Th>
                  <Table.Td data-testid="capacity-sum" aria-live="polite">
                    {sum === null ? t('capacity.noYearly') : format.money(sum)}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
                <Table.Tr>
                  <Table.Th scope="row">{t('capacity.total')}</Table.Th>
                  <Table.Td data-testid="capacity-total">{format.money(round.budget)}</Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </ScrollTable>
        )}
        {differs ? (
          <Alert color="orange" variant="light" title={t('capacity.differsTitle')} role="status" data-testid="capacity-differs">
            <Text size="sm">
              {t('capacity.differs', { sum: format.money(sum), total: format.money(round.budget), difference: format.money(Math.abs(sum - round.budget)) })}
            </Text>
          </Alert>
        ) : null}

        {conflict ? (
          <ReloadConflictAlert
            prefix="capacity.conflict"
            data-testid="capacity-conflict"
            reloadRequested={reloadRequested}
            latestLoaded={latestLoaded}
            onReload={() => {
              setReloadRequested(true);
              reload();
            }}
            onKeepMine={() => {
              setBaseVersion(round.version);
              setPristine(rowsOf(round, format.locale));
              setFailure(null);
            }}
            onUseLatest={() => {
              const latest = rowsOf(round, format.locale);
              setBaseVersion(round.version);
              setRows(latest);
              setPristine(latest);
              setSubmitted(false);
              setFailure(null);
            }}
          />
        ) : null}

        {hasErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('capacity.invalid')}
          </Alert>
        ) : null}
        <FormSaveError prefix="capacity" failure={failure} unplaced={unplaced} message={message} onRetry={() => formRef.current?.requestSubmit()} />

        <Group>
          <Button type="submit" loading={saving} disabled={rows.length === 0}>
            {t('capacity.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

