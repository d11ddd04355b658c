/**
 * Apache ECharts with only what the app's charts use (tree-shaken `echarts/core`): bar and line series,
 * the cartesian grid, tooltip and legend, drawn on canvas. Loaded on demand by `EChart`, so ECharts
 * is a chunk of its own and pages without charts never load it.
 */
import { init, use as registerComponents } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

registerComponents([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };
