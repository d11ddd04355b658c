/**
 * Apache ECharts with what the Scenarier and Analys charts use (tree-shaken `echarts/core`): bar, line
 * and scatter (bubble) series, the cartesian grid, tooltip, legend, mark lines and the decal patterns
 * of the aria component, drawn on canvas. Loaded on demand by `AnalysisChart`, so ECharts stays a chunk
 * of its own. (The shared setup in `@dp/web/ui` has no scatter series or mark lines; registering is
 * global and idempotent, so both setups can be loaded.)
 */
import { init, use as registerComponents } from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

registerComponents([BarChart, LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export { init };
