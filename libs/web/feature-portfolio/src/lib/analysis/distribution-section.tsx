import { Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { distribution, type DistributionItem, type DistributionRow } from '@dp/domain/prioritisation';
import { EChart, ScrollTable } from '@dp/web/ui';
import { ALL_COLOUR, SELECTED_COLOUR, escapeHtml } from './charts/palette';
import { useAnalysisFormat } from './format';
import { useScenariosTranslation } from './i18n';
import type { PortfolioItemView } from './types';

export type DistributionView = 'department' | 'goalArea';

export interface DistributionSectionProps {
  items: readonly PortfolioItemView[];
  /** the scenario compared with the whole portfolio (the proposal by default), or null */
  scenario: { name: string; selected: readonly string[] } | null;
}

/**
 * Fördelning: the requested amount per department or goal area for the whole portfolio and for the
 * scenario's selection (the domain's `distribution`), as grouped bars and a table of amount, count and
 * share, with a text summary.
 */
export function DistributionSection({ items, scenario }: DistributionSectionProps) {
  const { t } = useScenariosTranslation();
  const format = useAnalysisFormat();
  const headingId = useId();
  const captionId = useId();
  const [view, setView] = useState<DistributionView>('department');
  const viewName = t(`distribution.views.${view}`).toLowerCase();

  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const i of items) {
      map.set(i.initiative.department.id, i.initiative.department.name);
      for (const g of i.initiative.goalAreas ?? []) map.set(g.id, g.name);
    }
    return map;
  }, [items]);
  const nameOf = (key: string | null) =>
    key === null ? (view === 'department' ? t('analysis.noDepartment') : t('analysis.noGoalArea')) : (names.get(key) ?? key);

  const rows = useMemo<DistributionRow[]>(() => {
    const domainItems: DistributionItem[] = items.map((i) => ({
      id: i.initiative.id,
      amount: i.requestedAmount,
      departmentId: i.initiative.department.id,
      goalAreaIds: (i.initiative.goalAreas ?? []).map((g) => g.id),
    }));
    return distribution(domainItems, scenario ? scenario.selected : null, view === 'department' ? 'departmentId' : 'goalAreaIds');
  }, [items, scenario, view]);

  const totalAll = items.reduce((sum, i) => sum + i.requestedAmount, 0);
  const selectedIds = useMemo(() => new Set(scenario?.selected ?? []), [scenario]);
  const totalSelected = items.reduce((sum, i) => sum + (selectedIds.has(i.initiative.id) ? i.requestedAmount : 0), 0);
  const share = (amount: number, total: number) => (total > 0 ? amount / total : 0);

  const topAll = [...rows].sort((a, b) => b.all.amount - a.all.amount)[0];
  const topSelected = scenario ? rows[0] : undefined;

  const allName = t('distribution.groupAll');
  const scenarioName = scenario?.name ?? null;
  const { money } = format;
  const option = useMemo<EChartsCoreOption>(() => {
    const categories = rows.map((r) => (r.key === null ? (view === 'department' ? t('analysis.noDepartment') : t('analysis.noGoalArea')) : (names.get(r.key) ?? r.key)));
    return {
      animation: false,
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? escapeHtml(money(v)) : '') },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => money(v) } },
      yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { width: 200, overflow: 'truncate' } },
      series: [
        { name: allName, type: 'bar', data: rows.map((r) => r.all.amount), itemStyle: { color: ALL_COLOUR } },
        ...(scenarioName !== null ? [{ name: scenarioName, type: 'bar', data: rows.map((r) => r.selected.amount), itemStyle: { color: SELECTED_COLOUR } }] : []),
      ],
    };
  }, [rows, names, view, allName, scenarioName, money, t]);

  const num = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const, fontVariantNumeric: 'tabular-nums' } };
  const keyHeader = t(`distribution.views.${view}`);

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="sm" data-testid="distribution">
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('distribution.title')}
        </Title>
        <Text size="sm">{t('distribution.intro')}</Text>
        <Radio.Group label={t('distribution.view')} value={view} onChange={(v) => setView(v === 'goalArea' ? 'goalArea' : 'department')}>
          <Group gap="md" mt={4}>
            <Radio value="department" label={t('distribution.views.department')} />
            <Radio value="goalArea" label={t('distribution.views.goalArea')} />
          </Group>
        </Radio.Group>
        {!scenario ? <Text size="sm">{t('distribution.noScenario')}</Text> : null}
        {view === 'goalArea' ? <Text size="sm">{t('distribution.goalAreaNote')}</Text> : null}
        <Stack gap={2} data-testid="distribution-summary">
          {topAll ? <Text size="sm">{t('distribution.summaryAll', { key: nameOf(topAll.key), share: format.percent(share(topAll.all.amount, totalAll)) })}</Text> : null}
          {scenario && topSelected && topSelected.selected.amount > 0 ? (
            <Text size="sm">
              {t('distribution.summarySelected', { name: scenario.name, key: nameOf(topSelected.key), share: format.percent(share(topSelected.selected.amount, totalSelected)) })}
            </Text>
          ) : null}
        </Stack>
        <EChart
          option={option}
          ariaLabel={t('distribution.chartLabel', { view: viewName, series: scenario ? `${allName}, ${scenario.name}` : allName })}
          ariaDescribedBy={captionId}
          height={Math.max(200, 80 + rows.length * (scenario ? 44 : 28))}
          data-testid="distribution-chart"
        />
        <ScrollTable minWidth={scenario ? 760 : 480} labelledBy={captionId}>
          <Table verticalSpacing={4} withTableBorder data-testid="distribution-table">
            <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left' }}>
              {scenario ? t('distribution.caption', { view: viewName, name: scenario.name }) : t('distribution.captionAll', { view: viewName })}
            </caption>
            <colgroup>
              <col />
            </colgroup>
            <colgroup span={3} />
            {scenario ? <colgroup span={3} /> : null}
            <Table.Thead>
              <Table.Tr>
                <Table.Td />
                <Table.Th scope="colgroup" colSpan={3} ta="center">
                  {allName}
                </Table.Th>
                {scenario ? (
                  <Table.Th scope="colgroup" colSpan={3} ta="center">
                    {t('distribution.groupSelected', { name: scenario.name })}
                  </Table.Th>
                ) : null}
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="col">{keyHeader}</Table.Th>
                {(scenario ? [0, 1] : [0]).flatMap((g) => [
                  <Table.Th key={`${g}-amount`} scope="col" ta="right">
                    {t('distribution.columns.amount')}
                  </Table.Th>,
                  <Table.Th key={`${g}-count`} scope="col" ta="right">
                    {t('distribution.columns.count')}
                  </Table.Th>,
                  <Table.Th key={`${g}-share`} scope="col" ta="right">
                    {t('distribution.columns.share')}
                  </Table.Th>,
                ])}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key ?? '(none)'}>
                  <Table.Th scope="row" fw="normal">
                    {nameOf(r.key)}
                  </Table.Th>
                  <Table.Td {...num}>{format.money(r.all.amount)}</Table.Td>
                  <Table.Td {...num}>{format.count(r.all.count)}</Table.Td>
                  <Table.Td {...num}>{format.percent(share(r.all.amount, totalAll))}</Table.Td>
                  {scenario ? (
                    <>
                      <Table.Td {...num}>{format.money(r.selected.amount)}</Table.Td>
                      <Table.Td {...num}>{format.count(r.selected.count)}</Table.Td>
                      <Table.Td {...num}>{format.percent(share(r.selected.amount, totalSelected))}</Table.Td>
                    </>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>
    </Paper>
  );
}
