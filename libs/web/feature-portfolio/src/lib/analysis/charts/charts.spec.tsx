import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { init, use as registerEcharts, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import * as ui from '@dp/web/ui';
import { ROUND_ID, analysisPortfolio, analystUser, scenarioList } from '../testing/fixtures';

// the app's own registrations (bubbles, mark lines, decals), plus SVG for rendering without a canvas
await ui.loadEchartsSetup();
registerEcharts([SVGRenderer]);

/** The options the pages give their charts, by test id (jsdom cannot draw them; ECharts renders them to SVG here). */
const captured = new Map<string, EChartsCoreOption>();

// the pages get the real @dp/web/ui with an EChart that records its option; they are imported after this
jest.unstable_mockModule('@dp/web/ui', () => ({
  ...ui,
  EChart: (props: { option: EChartsCoreOption; ariaLabel: string; 'data-testid'?: string }) => {
    captured.set(props['data-testid'] ?? '', props.option);
    return <div role="img" aria-label={props.ariaLabel} data-testid={props['data-testid']} />;
  },
}));
const { AnalysisPage } = await import('../analysis-page');
const { ScenariosPage } = await import('../scenarios-page');
const { renderAnalysisPage } = await import('../testing/render');

/**
 * Renders an option with the real ECharts (server-side, to SVG). ECharts does not throw for what it
 * does not know (a series or component not registered, a wrong option): it complains on the console,
 * so any complaint fails the test.
 */
function renderSvg(option: EChartsCoreOption | undefined): string {
  expect(option).toBeDefined();
  const complaints: unknown[][] = [];
  const error = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void complaints.push(args));
  const warn = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void complaints.push(args));
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, width: 900, height: 420 });
  try {
    chart.setOption(option as EChartsCoreOption);
    const svg = chart.renderToSVGString();
    expect(complaints).toEqual([]);
    return svg;
  } finally {
    chart.dispose();
    error.mockRestore();
    warn.mockRestore();
  }
}

type TooltipFormatter = (params: Record<string, unknown>) => string;
const tooltipOf = (option: EChartsCoreOption | undefined) => (option as { tooltip: { formatter: TooltipFormatter } }).tooltip.formatter;

beforeEach(() => captured.clear());

describe('the analysis charts with the real ECharts', () => {
  it('draws the bubbles per department, with the department and the escaped title in the tooltip', async () => {
    renderAnalysisPage(<AnalysisPage />, {
      path: '/portfolio/:roundId/analysis',
      route: `/portfolio/${ROUND_ID}/analysis`,
      user: analystUser,
      query: (name) => (name === 'AnalysisPortfolio' ? { data: analysisPortfolio() } : undefined),
    });
    await screen.findByRole('table', { name: /Högsta möjliga viktad poäng/ });

    const bubbles = captured.get('value-cost-chart');
    const series = (bubbles as { series: { name: string; symbol: string; data: unknown[] }[] }).series;
    // one series per department, sorted by name, each with its own shape; Skolplattform has no score and is left out
    expect(series.map((s) => [s.name, s.symbol, s.data.length])).toEqual([
      ['Barn- och utbildningsförvaltningen', 'circle', 0],
      ['Kommunstyrelsens förvaltning', 'rect', 1],
      ['Socialförvaltningen', 'triangle', 1],
      ['Stadsbyggnadsförvaltningen', 'diamond', 1],
    ]);
    const svg = renderSvg(bubbles);
    expect(svg).toContain('Stadsbyggnadsförvaltningen');
    expect(svg).toContain('<path');
    const tooltip = tooltipOf(bubbles)({ seriesName: 'Socialförvaltningen', name: 'Chattbot <beta>', value: [2_000_000, 55.25] });
    expect(tooltip).toBe('<strong>Chattbot &lt;beta&gt;</strong><br/>Socialförvaltningen<br/>Sökt belopp: 2\u00a0000\u00a0000\u00a0kr<br/>Viktad poäng: 55,3');

    const front = captured.get('frontier-chart');
    const frontSvg = renderSvg(front);
    // the legend entry and the mark line's label
    expect(frontSvg.split('Omgångens budget').length - 1).toBe(2);
    expect(frontSvg).toContain('Optimerat urval');
    expect(tooltipOf(front)({ seriesName: 'Effektiv front', value: [5_000_000, 197.75] })).toBe(
      'Effektiv front<br/>Budget: 5\u00a0000\u00a0000\u00a0kr<br/>Viktad poäng: 197,8',
    );

    expect(renderSvg(captured.get('distribution-chart'))).toContain('Hela portföljen');
  });

  it('draws the budget use per year of the compared scenarios as grouped bars with the yearly budget', async () => {
    const user = userEvent.setup();
    renderAnalysisPage(<ScenariosPage />, {
      path: '/portfolio/:roundId/scenarios',
      route: `/portfolio/${ROUND_ID}/scenarios?compare=s-opt,s-man`,
      user: analystUser,
      query: (name) => (name === 'ScenarioList' ? { data: scenarioList() } : undefined),
    });
    await screen.findByRole('heading', { level: 2, name: 'Jämförelse' });
    const option = captured.get('comparison-years-chart') as { series: { name: string; type: string; data: unknown[] }[] };
    expect(option.series.map((s) => [s.name, s.type, s.data])).toEqual([
      ['A: Optimerat urval', 'bar', [3_000_000, 1_000_000]],
      ['B: Ledningsgruppens rangordning', 'bar', [4_200_000, 500_000]],
      ['Budget för året', 'line', [4_000_000, 2_000_000]],
    ]);
    expect(renderSvg(option as EChartsCoreOption)).toContain('2027');
    await user.click(screen.getByRole('button', { name: 'Stäng jämförelsen' }));
  });
});
