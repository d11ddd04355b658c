import { useEffect, useRef } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { canvasAvailable } from '@dp/web/ui';

export interface AnalysisChartProps {
  /** the ECharts option; set again (not merged) whenever it changes */
  option: EChartsCoreOption;
  /** what the chart shows, for screen readers (the chart is one image to them) */
  ariaLabel: string;
  /** id of the element that holds the chart's data as text (the table's caption) */
  ariaDescribedBy?: string;
  height?: number;
  'data-testid'?: string;
}

/**
 * `EChart` of `@dp/web/ui` with the analysis setup (bubbles, mark lines): the instance is created in an
 * effect once ECharts is loaded, resized with its box, given each new option and disposed on unmount.
 * To assistive technology it is a single image with a label; the data is in the table beside it. In
 * jsdom (no canvas) it stays an empty, labelled box.
 */
export function AnalysisChart({ option, ariaLabel, ariaDescribedBy, height = 320, 'data-testid': testId }: AnalysisChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const optionRef = useRef(option);

  useEffect(() => {
    optionRef.current = option;
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box || !canvasAvailable()) return undefined;
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts-analysis-setup').then(({ init }) => {
      if (disposed) return;
      const chart = init(box, undefined, { renderer: 'canvas' });
      chart.setOption(optionRef.current, { notMerge: true });
      chartRef.current = chart;
      if (typeof ResizeObserver !== 'undefined') {
        observer = new ResizeObserver(() => chart.resize());
        observer.observe(box);
      }
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  return (
    <div role="img" aria-label={ariaLabel} aria-describedby={ariaDescribedBy} data-testid={testId}>
      <div ref={boxRef} style={{ width: '100%', height }} />
    </div>
  );
}
