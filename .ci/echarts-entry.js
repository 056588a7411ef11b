// The ECharts bundle Keystone ships (public/vendor/echarts.min.js): only the chart types
// and components the app uses, registered on echarts/core and exposed as
// `window.echarts`, where the wasm bindings (js_namespace = echarts) find it.
// A feature that needs another chart type adds it here; rebuild with `make echarts`
// (also after changing the echarts version in package.json) and commit the result.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, RadarComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, HeatmapChart, LineChart, RadarChart, ScatterChart,
  GridComponent, TooltipComponent, RadarComponent,
  // Names on the portfolio and the stakeholder map that would collide move or hide.
  LabelLayout,
  CanvasRenderer,
]);
globalThis.echarts = echarts;
