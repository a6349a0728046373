/** chart.js with only what a radar needs, so the bundle leaves out the other chart types, scales and plugins. */
import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export { Chart };
