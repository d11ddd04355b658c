import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useMemo, type Ref } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart, ScrollTable } from '@dp/web/ui';
import { BUDGET_COLOUR, CATEGORY_COLOURS, escapeHtml } from './charts/palette';
import { useAnalysisFormat, type AnalysisFormat } from './format';
import { useScenariosTranslation } from './i18n';
import { SCENARIO_LETTERS, membershipRows, yearRows, type Difference } from './scenario-model';
import type { ScenarioView, YearAmountView } from './types';

export interface ScenarioComparisonProps {
  /** two or three scenarios, in the order they were chosen (A, B, C) */
  scenarios: readonly ScenarioView[];
  /** the portfolio's initiatives, in its order */
  items: readonly { id: string; title: string }[];
  budget: number;
  yearlyBudgets: readonly YearAmountView[];
  onClose: () => void;
  /** the heading, focused when the comparison opens */
  headingRef?: Ref<HTMLHeadingElement>;
}

type Figure = 'value' | 'scoreSum' | 'npvSum' | 'totalCost' | 'budgetShare' | 'funded' | 'shareOfOptimum';
/** figures where more is better: the highest is named in text */
const HIGHER_IS_BETTER: readonly Figure[] = ['value', 'scoreSum', 'npvSum', 'shareOfOptimum'];

function figureValue(s: ScenarioView, figure: Figure, budget: number): number | null {
  const r = s.result;
  switch (figure) {
    case 'value':
      return r.value;
    case 'scoreSum':
      return r.scoreSum;
    case 'npvSum':
      return r.npvSum;
    case 'totalCost':
      return r.totalCost;
    case 'budgetShare':
      return budget > 0 ? r.totalCost / budget : null;
    case 'funded':
      return r.selected.length;
    case 'shareOfOptimum':
      return r.shareOfOptimum;
  }
}

function figureText(format: AnalysisFormat, figure: Figure, value: number): string {
  switch (figure) {
    case 'value':
    case 'scoreSum':
      return format.score(value);
    case 'npvSum':
    case 'totalCost':
      return format.money(value);
    case 'budgetShare':
    case 'shareOfOptimum':
      return format.percent(value);
    case 'funded':
      return format.count(value);
  }
}

/**
 * Two or three scenarios side by side: their key figures, their budget use per year (a table and a
 * grouped bar chart) and which initiatives each funds, with the differences written out ("Bara i A",
 * "I alla") and listed first.
 */
export function ScenarioComparison({ scenarios, items, budget, yearlyBudgets, onClose, headingRef }: ScenarioComparisonProps) {
  const { t } = useScenariosTranslation();
  const format = useAnalysisFormat();
  const headingId = useId();
  const figuresCaptionId = useId();
  const yearsCaptionId = useId();
  const itemsCaptionId = useId();

  const letters = scenarios.map((_, i) => SCENARIO_LETTERS[i] ?? String(i + 1));
  const rows = useMemo(() => membershipRows(scenarios, items), [scenarios, items]);
  const years = useMemo(() => yearRows(scenarios, yearlyBudgets), [scenarios, yearlyBudgets]);
  const hasYearlyBudgets = yearlyBudgets.length > 0;
  const differing = rows.filter((r) => r.difference.kind === 'only' || r.difference.kind === 'notIn').length;
  const inAll = rows.filter((r) => r.difference.kind === 'all').length;

  const differenceText = (d: Difference) => {
    switch (d.kind) {
      case 'only':
        return t('compare.onlyIn', { letter: letters[d.index] });
      case 'notIn':
        return t('compare.notIn', { letter: letters[d.index] });
      case 'all':
        return t('compare.inAll');
      case 'none':
        return t('compare.inNone');
    }
  };

  const names = useMemo(() => scenarios.map((s, i) => t('compare.letterName', { letter: SCENARIO_LETTERS[i], name: s.name })), [scenarios, t]);
  const { money } = format;
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? escapeHtml(money(value)) : ''),
      },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => money(value) } },
      series: [
        ...names.map((name, i) => ({
          name,
          type: 'bar',
          data: years.map((y) => y.amounts[i] ?? 0),
          itemStyle: { color: CATEGORY_COLOURS[i] },
        })),
        ...(hasYearlyBudgets
          ? [
              {
                name: t('compare.yearlyBudget'),
                type: 'line',
                data: years.map((y) => y.budget),
                color: BUDGET_COLOUR,
                lineStyle: { type: 'dashed', width: 2 },
                symbol: 'rect',
                symbolSize: 8,
              },
            ]
          : []),
      ],
    }),
    [years, names, hasYearlyBudgets, money, t],
  );

  const figures: Figure[] = ['value', 'scoreSum', 'npvSum', 'totalCost', 'budgetShare', 'funded', 'shareOfOptimum'];
  const num = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const, fontVariantNumeric: 'tabular-nums' } };

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="sm" data-testid="scenario-comparison">
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} id={headingId} ref={headingRef} tabIndex={-1}>
            {t('compare.title')}
          </Title>
          <Button variant="default" size="xs" onClick={onClose}>
            {t('compare.close')}
          </Button>
        </Group>
        <Text size="sm">{t('compare.intro')}</Text>
        <Stack gap={2} data-testid="comparison-summary">
          {scenarios.map((s, i) => (
            <Text key={s.id} size="sm">
              {t('compare.summaryFunded', { letter: letters[i], count: s.result.selected.length, cost: format.money(s.result.totalCost) })}
            </Text>
          ))}
          <Text size="sm" fw={600}>
            {differing > 0 ? t('compare.summaryDifferent', { count: differing, same: inAll }) : t('compare.summarySame')}
          </Text>
        </Stack>

        <ScrollTable minWidth={640} labelledBy={figuresCaptionId}>
          <Table verticalSpacing={4} withTableBorder data-testid="comparison-figures">
            <caption id={figuresCaptionId} style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('compare.figuresCaption')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('compare.figure')}</Table.Th>
                {scenarios.map((s, i) => (
                  <Table.Th key={s.id} scope="col" ta="right">
                    {names[i]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">{t('compare.figures.kind')}</Table.Th>
                {scenarios.map((s) => (
                  <Table.Td key={s.id} ta="right">
                    {t(`kinds.${s.kind}`)}
                  </Table.Td>
                ))}
              </Table.Tr>
              {figures.map((figure) => {
                const values = scenarios.map((s) => figureValue(s, figure, budget));
                const known = values.filter((v): v is number => v !== null);
                const best = HIGHER_IS_BETTER.includes(figure) && known.length > 1 && new Set(known).size > 1 ? Math.max(...known) : null;
                return (
                  <Table.Tr key={figure} data-testid={`figure-${figure}`}>
                    <Table.Th scope="row">{t(`compare.figures.${figure}`, { budget: format.money(budget) })}</Table.Th>
                    {values.map((v, i) => (
                      <Table.Td key={names[i]} {...num} fw={v !== null && v === best ? 700 : undefined}>
                        {v === null ? t('list.noOptimum') : figureText(format, figure, v)}
                        {v !== null && v === best ? ` ${t('compare.best')}` : ''}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>

        <Stack gap="xs">
          <Title order={3}>{t('compare.yearsTitle')}</Title>
          {years.length === 0 ? (
            <Text size="sm">{t('compare.noYears')}</Text>
          ) : (
            <>
              <EChart
                option={option}
                ariaLabel={t('compare.chartLabel', { names: names.join(', ') })}
                ariaDescribedBy={yearsCaptionId}
                height={280}
                data-testid="comparison-years-chart"
              />
              <ScrollTable minWidth={480} labelledBy={yearsCaptionId}>
                <Table verticalSpacing={4} withTableBorder data-testid="comparison-years">
                  <caption id={yearsCaptionId} style={{ captionSide: 'top', textAlign: 'left' }}>
                    {t('compare.yearsCaption')}
                  </caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('compare.year')}</Table.Th>
                      {scenarios.map((s, i) => (
                        <Table.Th key={s.id} scope="col" ta="right">
                          {names[i]}
                        </Table.Th>
                      ))}
                      {hasYearlyBudgets ? (
                        <Table.Th scope="col" ta="right">
                          {t('compare.yearlyBudget')}
                        </Table.Th>
                      ) : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {years.map((y) => (
                      <Table.Tr key={y.year}>
                        <Table.Th scope="row">{y.year}</Table.Th>
                        {y.amounts.map((amount, i) => {
                          const over = y.budget !== null && amount > y.budget;
                          return (
                            <Table.Td key={names[i]} {...num} fw={over ? 700 : undefined} c={over ? 'red.9' : undefined}>
                              {over ? t('compare.overBudget', { amount: format.money(amount) }) : format.money(amount)}
                            </Table.Td>
                          );
                        })}
                        {hasYearlyBudgets ? <Table.Td {...num}>{y.budget === null ? '–' : format.money(y.budget)}</Table.Td> : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </>
          )}
        </Stack>

        <Stack gap="xs">
          <Title order={3}>{t('compare.itemsTitle')}</Title>
          <ScrollTable minWidth={560} labelledBy={itemsCaptionId}>
            <Table verticalSpacing={4} withTableBorder data-testid="comparison-items">
              <caption id={itemsCaptionId} style={{ captionSide: 'top', textAlign: 'left' }}>
                {t('compare.itemsCaption')}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('compare.initiative')}</Table.Th>
                  {scenarios.map((s, i) => (
                    <Table.Th key={s.id} scope="col" ta="center">
                      {names[i]}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('compare.difference')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const differs = row.difference.kind === 'only' || row.difference.kind === 'notIn';
                  return (
                    <Table.Tr key={row.id} data-testid={`compare-row-${row.id}`} bg={differs ? 'yellow.0' : undefined}>
                      <Table.Th scope="row" fw="normal">
                        {row.title ?? t('compare.unknownInitiative', { id: row.id })}
                      </Table.Th>
                      {row.included.map((inScenario, i) =>
                        inScenario ? (
                          <Table.Td key={names[i]} ta="center">
                            {t('compare.included')}
                          </Table.Td>
                        ) : (
                          <Table.Td key={names[i]} ta="center">
                            <span aria-hidden="true">{t('compare.excluded')}</span>
                            <VisuallyHidden>{t('compare.excludedLabel')}</VisuallyHidden>
                          </Table.Td>
                        ),
                      )}
                      <Table.Td fw={differs ? 700 : undefined} data-testid="difference">
                        {differenceText(row.difference)}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Stack>
      </Stack>
    </Paper>
  );
}
