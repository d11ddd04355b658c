/**
 * Apache ECharts with only what the app's charts use (tree-shaken `echarts/core`): bar, line and
 * scatter (bubble) series, the cartesian grid, tooltip, legend, mark lines and the decal patterns of the
 * aria component, drawn on canvas. Loaded on demand by `EChart` (`loadEchartsSetup`), so ECharts is a
 * chunk of its own and pages without charts never load it.
 */
import { init, use as registerComponents } from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

registerComponents([BarChart, LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export { init };
