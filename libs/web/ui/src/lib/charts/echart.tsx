import { useEffect, useRef, type CSSProperties } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

/**
 * Whether this browser can draw on a canvas. jsdom (component tests) cannot: its `getContext` answers
 * null (or throws), and the chart then stays an empty, labelled box; the data is in the table next to it.
 */
export function canvasAvailable(): boolean {
  if (typeof document === 'undefined' || typeof HTMLCanvasElement === 'undefined') return false;
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

/** Loads ECharts with the app's series and components registered (a chunk of its own). */
export function loadEchartsSetup(): Promise<typeof import('./echarts-setup')> {
  return import('./echarts-setup');
}

export interface EChartProps {
  /** the ECharts option; set again (not merged) whenever it changes */
  option: EChartsCoreOption;
  /** what the chart shows, for screen readers (the chart is one image to them) */
  ariaLabel: string;
  /** id of the element that describes the chart or holds its data as text (e.g. a table's caption) */
  ariaDescribedBy?: string;
  height?: number;
  style?: CSSProperties;
  'data-testid'?: string;
}

/**
 * A small React wrapper of an ECharts instance: created in an effect (ECharts itself is loaded on
 * demand), resized with its box, given the new option when it changes and disposed on unmount. To
 * assistive technology it is a single image with a label; the page must offer the data as a table.
 */
export function EChart({ option, ariaLabel, ariaDescribedBy, height = 280, style, 'data-testid': testId }: EChartProps) {
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
    void loadEchartsSetup().then(({ init }) => {
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
    <div role="img" aria-label={ariaLabel} aria-describedby={ariaDescribedBy} data-testid={testId} style={style}>
      <div ref={boxRef} style={{ width: '100%', height }} />
    </div>
  );
}
