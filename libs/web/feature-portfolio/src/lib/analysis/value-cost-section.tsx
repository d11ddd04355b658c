import { Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart, ScrollTable } from '@dp/web/ui';
import { escapeHtml, type CategoryStyle } from './charts/palette';
import { useAnalysisFormat } from './format';
import { useScenariosTranslation } from './i18n';
import type { NamedRef, PortfolioItemView } from './types';

export type ValueMeasure = 'score' | 'npv';

export interface ValueCostSectionProps {
  items: readonly PortfolioItemView[];
  /** the departments in legend order, each with its colour and shape */
  departments: readonly (NamedRef & { style: CategoryStyle })[];
}

const MAX_BUBBLE = 56;
const MIN_BUBBLE = 10;

/**
 * Värde mot kostnad: a bubble per initiative, x = requested amount, y = weighted score (or NPV), size =
 * requested amount, colour and shape = department; a text summary and the same figures as a table.
 */
export function ValueCostSection({ items, departments }: ValueCostSectionProps) {
  const { t } = useScenariosTranslation();
  const format = useAnalysisFormat();
  const headingId = useId();
  const captionId = useId();
  const [measure, setMeasure] = useState<ValueMeasure>('score');
  const measureName = t(`valueCost.measures.${measure}`);
  const valueOf = (item: PortfolioItemView) => (measure === 'score' ? item.score : item.npv) ?? null;
  const valueText = (value: number) => (measure === 'score' ? format.score(value) : format.money(value));

  const total = items.reduce((sum, i) => sum + i.requestedAmount, 0);
  const withValue = items.filter((i) => valueOf(i) !== null);
  const best = withValue.reduce<PortfolioItemView | null>((top, i) => (top === null || (valueOf(i) ?? 0) > (valueOf(top) ?? 0) ? i : top), null);

  const { money } = format;
  const option = useMemo<EChartsCoreOption>(() => {
    const maxAmount = Math.max(1, ...items.map((i) => i.requestedAmount));
    const size = (amount: number) => Math.max(MIN_BUBBLE, Math.sqrt(Math.max(0, amount) / maxAmount) * MAX_BUBBLE);
    const yText = (value: number) => (measure === 'score' ? format.score(value) : money(value));
    return {
      animation: false,
      grid: { left: 16, right: 32, top: 56, bottom: 32, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesName?: string; name?: string; value?: unknown }) => {
          const [x, y] = Array.isArray(p.value) ? (p.value as number[]) : [0, 0];
          return [
            `<strong>${escapeHtml(p.name ?? '')}</strong>`,
            escapeHtml(p.seriesName ?? ''),
            `${escapeHtml(t('valueCost.columns.amount'))}: ${escapeHtml(money(x ?? 0))}`,
            `${escapeHtml(measureName)}: ${escapeHtml(yText(y ?? 0))}`,
          ].join('<br/>');
        },
      },
      xAxis: { type: 'value', name: t('valueCost.axisAmount'), nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: (v: number) => money(v) } },
      yAxis: { type: 'value', name: measureName, axisLabel: { formatter: (v: number) => yText(v) } },
      series: departments.map((d) => ({
        name: d.name,
        type: 'scatter',
        symbol: d.style.symbol,
        itemStyle: { color: d.style.colour, opacity: 0.85, borderColor: '#ffffff', borderWidth: 1 },
        symbolSize: (value: number[]) => size(value[0] ?? 0),
        data: items
          .filter((i) => i.initiative.department.id === d.id)
          .flatMap((i) => {
            const y = measure === 'score' ? i.score : i.npv;
            return y === null || y === undefined ? [] : [{ name: i.initiative.title, value: [i.requestedAmount, y] }];
          }),
      })),
    };
  }, [items, departments, measure, measureName, money, format, t]);

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="sm" data-testid="value-cost">
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('valueCost.title')}
        </Title>
        <Text size="sm">{t('valueCost.intro')}</Text>
        <Radio.Group label={t('valueCost.measure')} value={measure} onChange={(v) => setMeasure(v === 'npv' ? 'npv' : 'score')}>
          <Group gap="md" mt={4}>
            <Radio value="score" label={t('valueCost.measures.score')} />
            <Radio value="npv" label={t('valueCost.measures.npv')} />
          </Group>
        </Radio.Group>
        <Stack gap={2} data-testid="value-cost-summary">
          <Text size="sm">{t('valueCost.summary', { count: items.length, amount: format.money(total) })}</Text>
          {withValue.length < items.length ? (
            <Text size="sm">{t('valueCost.summaryMissing', { count: items.length - withValue.length, measure: measureName.toLowerCase() })}</Text>
          ) : null}
          {best ? (
            <Text size="sm">
              {t('valueCost.summaryBest', {
                measure: measureName.toLowerCase(),
                title: best.initiative.title,
                value: valueText(valueOf(best) ?? 0),
                amount: format.money(best.requestedAmount),
              })}
            </Text>
          ) : null}
        </Stack>
        <EChart
          option={option}
          ariaLabel={t('valueCost.chartLabel', { measure: measureName.toLowerCase(), count: withValue.length })}
          ariaDescribedBy={captionId}
          height={380}
          data-testid="value-cost-chart"
        />
        <ScrollTable minWidth={720} labelledBy={captionId}>
          <Table verticalSpacing={4} withTableBorder striped data-testid="value-cost-table">
            <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('valueCost.caption')}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('valueCost.columns.initiative')}</Table.Th>
                <Table.Th scope="col">{t('valueCost.columns.department')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('valueCost.columns.amount')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('valueCost.columns.score')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('valueCost.columns.npv')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.initiative.id}>
                  <Table.Th scope="row" fw="normal">
                    {i.initiative.title}
                  </Table.Th>
                  <Table.Td>{i.initiative.department.name}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {format.money(i.requestedAmount)}
                  </Table.Td>
                  <Table.Td ta="right">{i.score === null || i.score === undefined ? t('analysis.missing') : format.score(i.score)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {i.npv === null || i.npv === undefined ? t('analysis.missing') : format.money(i.npv)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>
    </Paper>
  );
}
