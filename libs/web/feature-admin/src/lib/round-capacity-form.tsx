import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ReloadConflictAlert, reloadConflictTexts, ScrollTable, useNotify } from '@dp/web/ui';
import { useCriteriaFormat } from './criteria-format';
import { useAdminTranslation } from './i18n';
import { FormSaveError } from './shared';
import { UpdateRoundCapacityMutation } from './operations';
import {
  budgetField,
  buildCapacityInput,
  capacityRows,
  hoursField,
  placeCapacityError,
  relocaliseRows,
  yearlyBudgetSum,
  type CapacityRow,
  type YearAmountData,
} from './round-capacity-model';
import { useVersionedForm } from './versioned-form';

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
  const [, update] = useMutation(UpdateRoundCapacityMutation);
  const form = useVersionedForm({
    version: round.version,
    valuesOf: (locale) => rowsOf(round, locale),
    locale: format.locale,
    same: sameRows,
    relocalise: relocaliseRows,
    check: buildCapacityInput,
    reload,
  });
  const rows = form.values;
  const errorAt = (field: string) => {
    const code = form.errors[field];
    return code ? message(code, field) : undefined;
  };
  const sum = yearlyBudgetSum(rows, format.locale);

  const change = (year: number, field: 'budget' | 'hours', text: string) => {
    form.setValues((current) => current.map((r) => (r.year === year ? { ...r, [field]: text } : r)));
    form.clearServerErrors([field === 'budget' ? budgetField(year) : hoursField(year)]);
  };

  const save = (event: FormEvent) =>
    form.submit(event, async (checked, version) => {
      const sent = { yearlyBudgets: checked.yearlyBudgets, staffCapacity: checked.staffCapacity };
      const result = await update({ fundRoundId: round.id, version, ...sent });
      const saved = result.data?.updateRoundCapacity;
      if (saved && !result.error) {
        notify({ message: t('capacity.saved', { round: round.name }) });
        return { saved: rowsOf({ ...round, ...saved }, format.locale), version: saved.version };
      }
      return { error: result.error, place: (field) => placeCapacityError(field, sent) };
    });

  const differs = sum !== null && sum !== round.budget;

  return (
    <form ref={form.formRef} noValidate onSubmit={(e) => void save(e)} aria-labelledby={headingId}>
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

        {form.conflict ? <ReloadConflictAlert texts={reloadConflictTexts(t, 'capacity.conflict')} data-testid="capacity-conflict" {...form.conflict} /> : null}

        {form.hasErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('capacity.invalid')}
          </Alert>
        ) : null}
        <FormSaveError prefix="capacity" failure={form.failure} unplaced={form.unplaced} message={message} onRetry={form.retry} />

        <Group>
          <Button type="submit" loading={form.saving} disabled={rows.length === 0}>
            {t('capacity.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

