import { Stack, Table, Text } from '@mantine/core';
import { useId, useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { frontierValueAt, type FrontierPoint as DomainFrontierPoint } from '@dp/domain/prioritisation';
import { EChart, ScrollTable } from '@dp/web/ui';
import { BUDGET_COLOUR, POINT_COLOUR, SELECTED_COLOUR, escapeHtml } from './charts/palette';
import { useAnalysisFormat } from './format';
import { useScenariosTranslation } from './i18n';
import type { OptimisationStatus } from './types';

export type FrontierObjective = 'SCORE' | 'NPV';

export interface FrontierPointView {
  budget: number;
  /** null when there is no solution at this budget */
  value: number | null;
  selectedCount: number;
  status: OptimisationStatus;
}

export interface FrontierScenario {
  name: string;
  /** what the scenario's selection costs */
  cost: number;
  /** its value under the frontier's objective (score sum or NPV sum) */
  value: number;
  /** the scenario's value against the optimum with its own budget and constraints (weighted score), 0–1 */
  shareOfOptimum: number | null;
}

export interface FrontierViewProps {
  points: readonly FrontierPointView[];
  objective: FrontierObjective;
  /** the round's budget, marked on the chart */
  budget: number;
  scenario: FrontierScenario | null;
}

/** A point with a solution: proven optimal, or the best found within the time limit. */
export function hasSolution(point: FrontierPointView): point is FrontierPointView & { value: number } {
  return (point.status === 'OPTIMAL' || point.status === 'FEASIBLE') && point.value !== null;
}

/** The GraphQL points in the domain's shape, so the domain's `frontierValueAt` reads them. */
function domainPoints(points: readonly FrontierPointView[]): DomainFrontierPoint[] {
  return [...points]
    .sort((a, b) => a.budget - b.budget)
    .map((p) => ({
      budget: p.budget,
      value: hasSolution(p) ? p.value : null,
      selected: [],
      amount: 0,
      status: p.status,
      objective: hasSolution(p) ? p.value : null,
      feasible: hasSolution(p),
      carried: false,
    }));
}

/**
 * The efficient frontier as a step line (the best value between two solved budgets is the smaller
 * budget's), the round's budget as a vertical line and a scenario as a point below or on it; a text
 * summary and the points as a table.
 */
export function FrontierView({ points, objective, budget, scenario }: FrontierViewProps) {
  const { t } = useScenariosTranslation();
  const format = useAnalysisFormat();
  const captionId = useId();
  const measure = t(`frontier.objectives.${objective}`);
  const { money, score } = format;
  const valueText = useMemo(() => (objective === 'SCORE' ? score : money), [objective, score, money]);

  const sorted = useMemo(() => [...points].sort((a, b) => a.budget - b.budget), [points]);
  const domain = useMemo(() => domainPoints(sorted), [sorted]);
  const atBudget = frontierValueAt(domain, budget);
  const max = sorted.at(-1)?.budget ?? budget;

  const frontName = t('frontier.series.front');
  const budgetName = t('frontier.series.budget');
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 16, right: 32, top: 48, bottom: 32, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName?: string; value?: unknown }) => {
          const [x, y] = Array.isArray(p.value) ? (p.value as number[]) : [0, 0];
          return `${escapeHtml(p.seriesName ?? '')}<br/>${escapeHtml(t('frontier.columns.budget'))}: ${escapeHtml(money(x ?? 0))}<br/>${escapeHtml(measure)}: ${escapeHtml(valueText(y ?? 0))}`;
        },
      },
      xAxis: { type: 'value', name: t('frontier.axisBudget'), nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: (v: number) => money(v) } },
      yAxis: { type: 'value', name: measure, axisLabel: { formatter: (v: number) => valueText(v) } },
      series: [
        {
          name: frontName,
          type: 'line',
          step: 'end',
          color: SELECTED_COLOUR,
          lineStyle: { width: 3 },
          symbolSize: 7,
          data: sorted.filter(hasSolution).map((p) => [p.budget, p.value]),
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: BUDGET_COLOUR, type: 'dashed', width: 2 },
            label: { formatter: budgetName, color: BUDGET_COLOUR },
            data: [{ xAxis: budget }],
          },
        },
        // an empty series so the budget line has a legend entry of its own
        { name: budgetName, type: 'line', data: [], color: BUDGET_COLOUR, lineStyle: { type: 'dashed' } },
        ...(scenario ? [{ name: scenario.name, type: 'scatter', symbol: 'diamond', symbolSize: 16, color: POINT_COLOUR, data: [[scenario.cost, scenario.value]] }] : []),
      ],
    }),
    [sorted, budget, scenario, frontName, budgetName, measure, money, valueText, t],
  );

  const num = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const, fontVariantNumeric: 'tabular-nums' } };

  return (
    <Stack gap="sm">
      <Stack gap={2} data-testid="frontier-summary">
        <Text size="sm">
          {atBudget === null
            ? t('frontier.summaryNoBudget', { budget: money(budget) })
            : t('frontier.summaryBudget', { budget: money(budget), value: valueText(atBudget) })}
        </Text>
        {scenario ? (
          <Text size="sm">
            {/* the optimum is the server's, with the scenario's own budget and constraints: the sweep's points are too coarse for it */}
            {objective === 'SCORE' && scenario.shareOfOptimum !== null
              ? t('frontier.summaryScenario', {
                  name: scenario.name,
                  value: valueText(scenario.value),
                  cost: money(scenario.cost),
                  share: format.percent(scenario.shareOfOptimum),
                })
              : t('frontier.summaryScenarioNoFront', { name: scenario.name, value: valueText(scenario.value), cost: money(scenario.cost) })}
          </Text>
        ) : null}
      </Stack>
      <EChart
        option={option}
        ariaLabel={t('frontier.chartLabel', { measure: measure.toLowerCase(), max: money(max) })}
        ariaDescribedBy={captionId}
        height={360}
        data-testid="frontier-chart"
      />
      <ScrollTable minWidth={560} labelledBy={captionId}>
        <Table verticalSpacing={4} withTableBorder data-testid="frontier-table">
          <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('frontier.caption', { measure: measure.toLowerCase() })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('frontier.columns.budget')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('frontier.columns.value')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('frontier.columns.count')}
              </Table.Th>
              <Table.Th scope="col">{t('frontier.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((p) => (
              <Table.Tr key={p.budget} fw={p.budget === budget ? 700 : undefined}>
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap', fontWeight: p.budget === budget ? 700 : 'normal' }}>
                  {p.budget === budget ? t('frontier.roundBudget', { budget: money(p.budget) }) : money(p.budget)}
                </Table.Th>
                <Table.Td {...num}>{hasSolution(p) ? valueText(p.value) : '–'}</Table.Td>
                <Table.Td {...num}>{hasSolution(p) ? format.count(p.selectedCount) : '–'}</Table.Td>
                <Table.Td>{t(`frontier.status.${p.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
