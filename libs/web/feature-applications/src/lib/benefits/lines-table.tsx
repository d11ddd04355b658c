import { Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { Fragment, useId, useState, type ReactNode } from 'react';
import {
  SHEET_BENEFIT_CATEGORIES,
  SHEET_CONFIDENCES,
  SHEET_COST_TYPES,
  amountInKronor,
  lineHourlyCost,
  type AmountUnit,
  type CalculationParameters,
} from '@dp/domain/benefits';
import { useBenefitsTranslation } from './i18n';
import { ScrollTable } from '@dp/web/ui';
import { useFigureFormat } from './format';
import { amountKey, lineFieldKey, parseNumberInput, tidyNumberInput, type DraftBenefit, type DraftCost } from './sheet-model';

export type LineKind = 'costs' | 'benefits';
type DraftLine = DraftCost | DraftBenefit;
export type LinePatch = Partial<Omit<DraftCost, 'id'>> & Partial<Omit<DraftBenefit, 'id'>>;

const isBenefit = (line: DraftLine): line is DraftBenefit => 'category' in line;

export interface LinesTableProps {
  kind: LineKind;
  lines: readonly DraftLine[];
  years: readonly number[];
  params: CalculationParameters;
  readOnly: boolean;
  /** makes the ids of the inputs unique on the page (two calculations can be shown) */
  idPrefix: string;
  /** the message to show at a field now, if any */
  errorAt: (key: string) => string | undefined;
  onLineChange: (lineId: string, patch: LinePatch, key: string) => void;
  onAmountChange: (lineId: string, year: number, text: string) => void;
  onBlur: (key: string) => void;
  onAdd: () => void;
  onRemove: (lineId: string) => void;
}

/** The input id of an editor field (getElementById takes any characters). */
export function fieldId(idPrefix: string, key: string): string {
  return `${idPrefix}-${key}`;
}

/** The name a line is announced by: its label, or "Kostnad 2" while it has none. */
export function useLineName(kind: LineKind): (line: { label: string }, index: number) => string {
  const { t } = useBenefitsTranslation();
  return (line, index) => line.label.trim() || t(kind === 'costs' ? 'grid.costLine' : 'grid.benefitLine', { number: index + 1 });
}

/** Keeps read-only text readable in the grid (no dimmed disabled inputs). */
const cellText = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/**
 * The grid of one kind of lines: a row per line with its settings, an amount per year of the horizon and
 * the line's total in kronor. A real table (caption, column and row headers) with a labelled input in
 * every cell ("Licenser 2028"); the errors of a cell are tied to its input (aria-invalid, aria-describedby).
 */
export function LinesTable({ kind, lines, years, params, readOnly, idPrefix, errorAt, onLineChange, onAmountChange, onBlur, onAdd, onRemove }: LinesTableProps) {
  const { t } = useBenefitsTranslation();
  const format = useFigureFormat();
  const lineName = useLineName(kind);
  const captionId = useId();
  const [openExplanations, setOpenExplanations] = useState<ReadonlySet<string>>(new Set());
  const benefits = kind === 'benefits';
  const first = years[0] ?? params.baseYear;
  const last = years[years.length - 1] ?? params.baseYear;
  const settingsColumns = benefits ? 5 : 3;
  const columnCount = 1 + settingsColumns + years.length + 1 + (readOnly ? 0 : 1);
  const id = (key: string) => fieldId(idPrefix, key);

  const toggleExplanation = (lineId: string) =>
    setOpenExplanations((open) => {
      const next = new Set(open);
      if (next.has(lineId)) next.delete(lineId);
      else next.add(lineId);
      return next;
    });

  const unitText = (unit: AmountUnit) => t(`units.${unit}`);

  const totalOf = (line: DraftLine) => {
    let kronor = 0;
    let hours = 0;
    for (const year of years) {
      const n = parseNumberInput(line.amounts[year] ?? '');
      if (n === null) continue;
      hours += n;
      kronor += amountInKronor({ ...line, monthlySalary: parseNumberInput(line.monthlySalary), amounts: [] }, n, params);
    }
    return { kronor, hours };
  };

  const select = (line: DraftLine, index: number, field: 'type' | 'category' | 'unit' | 'confidence', options: { value: string; label: string }[], value: string) => {
    const key = lineFieldKey(line.id, field);
    const error = errorAt(key);
    return (
      <NativeSelect
        id={id(key)}
        size="xs"
        aria-label={t(`grid.${field}Label`, { line: lineName(line, index) })}
        data={options}
        value={value}
        error={error}
        onChange={(event) => {
          const v = event.currentTarget.value;
          const patch: LinePatch =
            field === 'confidence'
              ? { confidence: v === '' ? null : (v as DraftBenefit['confidence']) }
              : field === 'unit'
                ? // the monthly salary only applies to hours
                  { unit: v as AmountUnit, ...(v === 'KRONOR' ? { monthlySalary: '' } : {}) }
                : { [field]: v };
          onLineChange(line.id, patch, key);
        }}
        onBlur={() => onBlur(key)}
      />
    );
  };

  const settings = (line: DraftLine, index: number): ReactNode[] => {
    const salaryKey = lineFieldKey(line.id, 'monthlySalary');
    const hourly = line.unit === 'HOURS' ? lineHourlyCost({ monthlySalary: parseNumberInput(line.monthlySalary) }, params) : null;
    const salary =
      line.unit !== 'HOURS' ? (
        <Text size="sm">{t('grid.notApplicable')}</Text>
      ) : readOnly ? (
        <Text size="sm" style={cellText}>
          {format.money(parseNumberInput(line.monthlySalary) ?? params.defaultMonthlySalary)}
        </Text>
      ) : (
        <TextInput
          id={id(salaryKey)}
          size="xs"
          inputMode="numeric"
          autoComplete="off"
          aria-label={t('grid.monthlySalaryLabel', { line: lineName(line, index) })}
          placeholder={tidyNumberInput(String(params.defaultMonthlySalary))}
          description={hourly !== null ? `${format.money(hourly)}/h` : undefined}
          value={line.monthlySalary}
          error={errorAt(salaryKey)}
          onChange={(event) => onLineChange(line.id, { monthlySalary: event.currentTarget.value }, salaryKey)}
          onBlur={() => {
            onLineChange(line.id, { monthlySalary: tidyNumberInput(line.monthlySalary) }, salaryKey);
            onBlur(salaryKey);
          }}
        />
      );
    const unitOptions = (['KRONOR', 'HOURS'] as const).map((u) => ({ value: u, label: unitText(u) }));
    if (!isBenefit(line)) {
      return readOnly
        ? [<Text size="sm">{t(`types.${line.type}`)}</Text>, <Text size="sm">{unitText(line.unit)}</Text>, salary]
        : [
            select(line, index, 'type', SHEET_COST_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })), line.type),
            select(line, index, 'unit', unitOptions, line.unit),
            salary,
          ];
    }
    const confidenceOptions = [
      { value: '', label: t('confidence.none') },
      ...SHEET_CONFIDENCES.map((c) => ({ value: c, label: t('confidence.option', { name: t(`confidence.${c}`), meaning: t(`confidence.meanings.${c}`) }) })),
    ];
    const monetisedKey = lineFieldKey(line.id, 'monetised');
    if (readOnly) {
      return [
        <Text size="sm">{t(`categories.${line.category}`)}</Text>,
        <Text size="sm">{line.monetised ? t('grid.yes') : t('grid.no')}</Text>,
        <Text size="sm">
          {line.confidence ? t('confidence.option', { name: t(`confidence.${line.confidence}`), meaning: t(`confidence.meanings.${line.confidence}`) }) : t('confidence.none')}
        </Text>,
        <Text size="sm">{unitText(line.unit)}</Text>,
        salary,
      ];
    }
    return [
      select(line, index, 'category', SHEET_BENEFIT_CATEGORIES.map((v) => ({ value: v, label: t(`categories.${v}`) })), line.category),
      <Checkbox
        id={id(monetisedKey)}
        aria-label={t('grid.monetisedLabel', { line: lineName(line, index) })}
        checked={line.monetised}
        error={errorAt(monetisedKey)}
        onChange={(event) => onLineChange(line.id, { monetised: event.currentTarget.checked }, monetisedKey)}
        onBlur={() => onBlur(monetisedKey)}
      />,
      select(line, index, 'confidence', confidenceOptions, line.confidence ?? ''),
      select(line, index, 'unit', unitOptions, line.unit),
      salary,
    ];
  };

  const lineErrors = (line: DraftLine) =>
    ['line', 'amounts', 'id', 'explanation']
      .map((field) => errorAt(lineFieldKey(line.id, field)))
      .filter((m): m is string => Boolean(m));

  return (
    <Stack gap="xs">
      <ScrollTable minWidth={benefits ? 1800 : 1400} labelledBy={captionId} focusable={readOnly || lines.length === 0}>
        <Table withTableBorder withColumnBorders verticalSpacing={6} horizontalSpacing={6} aria-describedby={readOnly ? undefined : `${idPrefix}-grid-help`}>
          <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
            {t(benefits ? 'grid.benefitsCaption' : 'grid.costsCaption', { from: first, to: last })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw={280}>
                {t('grid.columns.label')}
              </Table.Th>
              {benefits ? (
                <>
                  <Table.Th scope="col" miw={270}>
                    {t('grid.columns.category')}
                  </Table.Th>
                  <Table.Th scope="col">{t('grid.columns.monetised')}</Table.Th>
                  <Table.Th scope="col" miw={270}>
                    {t('grid.columns.confidence')}
                  </Table.Th>
                </>
              ) : (
                <Table.Th scope="col" miw={220}>
                  {t('grid.columns.type')}
                </Table.Th>
              )}
              <Table.Th scope="col" miw={100}>
                {t('grid.columns.unit')}
              </Table.Th>
              <Table.Th scope="col" miw={120}>
                {t('grid.columns.monthlySalary')}
              </Table.Th>
              {years.map((year) => (
                <Table.Th key={year} scope="col" miw={115} ta="right">
                  {year}
                </Table.Th>
              ))}
              <Table.Th scope="col" miw={130} ta="right">
                {t('grid.columns.total')}
              </Table.Th>
              {readOnly ? null : (
                <Table.Th scope="col" miw={200}>
                  {t('grid.columns.actions')}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={columnCount}>
                  <Text size="sm">{t(benefits ? 'grid.noBenefits' : 'grid.noCosts')}</Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {lines.map((line, index) => {
              const name = lineName(line, index);
              const labelKey = lineFieldKey(line.id, 'label');
              const explanationKey = lineFieldKey(line.id, 'explanation');
              const explanationRowId = `${id(line.id)}-explanation`;
              const explanationOpen = openExplanations.has(line.id) || Boolean(errorAt(explanationKey));
              const total = totalOf(line);
              const errors = lineErrors(line);
              return (
                <Fragment key={line.id}>
                  <Table.Tr data-testid={`line-${line.id}`}>
                    <Table.Th scope="row" fw={readOnly ? 600 : 400} style={{ verticalAlign: 'top' }}>
                      {readOnly ? (
                        <Stack gap={2}>
                          <span>{line.label}</span>
                          {line.explanation ? (
                            <Text size="xs" c="dimmed" fw={400} style={{ whiteSpace: 'pre-wrap' }}>
                              {line.explanation}
                            </Text>
                          ) : null}
                        </Stack>
                      ) : (
                        <TextInput
                          id={id(labelKey)}
                          size="xs"
                          aria-label={t('grid.labelLabel', { line: t(benefits ? 'grid.benefitLine' : 'grid.costLine', { number: index + 1 }) })}
                          value={line.label}
                          error={errorAt(labelKey)}
                          onChange={(event) => onLineChange(line.id, { label: event.currentTarget.value }, labelKey)}
                          onBlur={() => onBlur(labelKey)}
                        />
                      )}
                      {errors.length > 0 ? (
                        <Text size="xs" c="var(--mantine-color-error)" mt={4} role="note">
                          {t('grid.lineErrors')} {errors.join(' ')}
                        </Text>
                      ) : null}
                    </Table.Th>
                    {settings(line, index).map((cell, i) => (
                      <Table.Td key={i} style={{ verticalAlign: 'top' }}>
                        {cell}
                      </Table.Td>
                    ))}
                    {years.map((year) => {
                      const key = amountKey(line.id, year);
                      const typed = line.amounts[year] ?? '';
                      return (
                        <Table.Td key={year} ta="right" style={{ verticalAlign: 'top' }}>
                          {readOnly ? (
                            <span style={cellText}>{typed}</span>
                          ) : (
                            <TextInput
                              id={id(key)}
                              size="xs"
                              inputMode="decimal"
                              autoComplete="off"
                              aria-label={t('grid.amountLabel', { line: name, year })}
                              value={typed}
                              error={errorAt(key)}
                              styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
                              onChange={(event) => onAmountChange(line.id, year, event.currentTarget.value)}
                              onKeyDown={(event) => {
                                // as in a spreadsheet: up and down move to the same year of the line above or below
                                if ((event.key !== 'ArrowUp' && event.key !== 'ArrowDown') || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
                                const next = lines[index + (event.key === 'ArrowUp' ? -1 : 1)];
                                if (!next) return;
                                event.preventDefault();
                                document.getElementById(id(amountKey(next.id, year)))?.focus();
                              }}
                              onBlur={() => {
                                const tidy = tidyNumberInput(typed);
                                if (tidy !== typed) onAmountChange(line.id, year, tidy);
                                onBlur(key);
                              }}
                            />
                          )}
                        </Table.Td>
                      );
                    })}
                    <Table.Td ta="right" style={{ verticalAlign: 'top' }} data-testid="line-total">
                      <Stack gap={0} align="flex-end">
                        <span style={cellText}>{format.money(total.kronor)}</span>
                        {line.unit === 'HOURS' ? (
                          <Text size="xs" c="dimmed" style={cellText}>
                            {t('grid.hours', { hours: format.hours(total.hours) })}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    {readOnly ? null : (
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-xs"
                            variant={line.explanation.trim() ? 'light' : 'subtle'}
                            aria-label={t('grid.explanationToggle', { line: name })}
                            aria-expanded={explanationOpen}
                            aria-controls={explanationRowId}
                            onClick={() => toggleExplanation(line.id)}
                          >
                            {t('grid.explanation')}
                          </Button>
                          <Button size="compact-xs" variant="subtle" color="red" aria-label={t('grid.remove', { line: name })} onClick={() => onRemove(line.id)}>
                            {t('grid.removeShort')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                  {!readOnly && explanationOpen ? (
                    <Table.Tr id={explanationRowId}>
                      <Table.Td colSpan={columnCount}>
                        <Textarea
                          id={id(explanationKey)}
                          label={t('grid.explanationLabel', { line: name })}
                          description={t('grid.explanationHelp')}
                          autosize
                          minRows={2}
                          maxRows={8}
                          value={line.explanation}
                          error={errorAt(explanationKey)}
                          onChange={(event) => onLineChange(line.id, { explanation: event.currentTarget.value }, explanationKey)}
                          onBlur={() => onBlur(explanationKey)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {readOnly ? null : (
        <Group>
          <Button variant="default" size="xs" onClick={onAdd}>
            {t(benefits ? 'grid.addBenefit' : 'grid.addCost')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
