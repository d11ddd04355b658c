import { useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from './echart';

export interface CumulativeNetChartProps {
  years: readonly number[];
  /** the net (benefits − costs) of each year, in kronor */
  net: readonly number[];
  /** the cumulative net up to and including each year, in kronor */
  cumulative: readonly number[];
  /** the series' names in the UI language */
  labels: { net: string; cumulative: string };
  /** formats an amount for the axis and the tooltip (e.g. `1 234 567 kr`) */
  formatValue: (value: number) => string;
  ariaLabel: string;
  ariaDescribedBy?: string;
  height?: number;
}

// Mantine's palette: blue 8 (the primary shade), red 8 and teal 8, all ≥ 4.5:1 on white
const BLUE = '#1971c2';
const RED = '#c92a2a';
const TEAL = '#087f5b';

/**
 * The cash flow of a calculation over its years: the net of each year as bars (red when negative) and
 * the cumulative net as a line; where the line crosses zero the investment has paid back.
 */
export function CumulativeNetChart({ years, net, cumulative, labels, formatValue, ariaLabel, ariaDescribedBy, height }: CumulativeNetChartProps) {
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, data: [labels.net, labels.cumulative] },
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value)) },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatValue(value) } },
      series: [
        {
          name: labels.net,
          type: 'bar',
          data: net.map((value) => ({ value, itemStyle: { color: value < 0 ? RED : TEAL } })),
          itemStyle: { color: TEAL },
        },
        { name: labels.cumulative, type: 'line', data: [...cumulative], color: BLUE, lineStyle: { width: 3 }, symbolSize: 8 },
      ],
    }),
    [years, net, cumulative, labels.net, labels.cumulative, formatValue],
  );
  return <EChart option={option} ariaLabel={ariaLabel} ariaDescribedBy={ariaDescribedBy} height={height} data-testid="cumulative-net-chart" />;
}
