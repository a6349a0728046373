/**
 * The spider-web as a chart.js radar: one spoke per statement, numbered, with the dimensions drawn as labelled
 * sectors. chart.js is loaded on demand and registers only what a radar needs. The canvas is an image with a
 * text alternative; the table beside it carries the same numbers.
 */
import { useEffect, useRef } from 'react';
import type { Chart as ChartType, Plugin } from 'chart.js';
import { dimensionSectors, wrapText } from '../../lib/spindelvaev/geometry';
import type { Series } from '../../lib/spindelvaev/rounds';
import { SCALE } from '../../lib/spindelvaev/model';

export interface SeriesStyle { color: string; fill: string; dash: number[]; point: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot' | 'star'; name: string }

/** Current assessment first; earlier rounds (or revealed participants) get other colours AND other line patterns and point shapes. */
export const CURRENT_STYLE: SeriesStyle = { color: '#14456b', fill: 'rgba(20, 69, 107, 0.18)', dash: [], point: 'circle', name: 'fuld linje, runde punkter' };
export const ROUND_STYLES: SeriesStyle[] = [
  { color: '#8a5a00', fill: 'transparent', dash: [8, 5], point: 'rect', name: 'stiplet linje, firkanter' },
  { color: '#0f6066', fill: 'transparent', dash: [2, 4], point: 'triangle', name: 'prikket linje, trekanter' },
  { color: '#6b3d8f', fill: 'transparent', dash: [12, 4, 2, 4], point: 'rectRot', name: 'streg-prik-linje, ruder' },
  { color: '#a3262a', fill: 'transparent', dash: [4, 3], point: 'crossRot', name: 'kort stiplet linje, krydser' },
  { color: '#4d5560', fill: 'transparent', dash: [16, 6], point: 'star', name: 'lang stiplet linje, stjerner' },
  { color: '#1e6b34', fill: 'transparent', dash: [], point: 'triangle', name: 'tynd fuld linje, trekanter' },
  { color: '#8c2f6d', fill: 'transparent', dash: [1, 3], point: 'rect', name: 'tæt prikket linje, firkanter' },
  { color: '#3a4fa0', fill: 'transparent', dash: [10, 3, 3, 3, 3, 3], point: 'circle', name: 'streg-prik-prik-linje, runde punkter' },
];

export function styleFor(series: Series[], index: number): SeriesStyle {
  const s = series[index]!;
  if (s.current) return CURRENT_STYLE;
  // Revealed participants (never drawn together with rounds) in team order.
  if (s.participant) return ROUND_STYLES[series.slice(0, index).filter((x) => x.participant).length % ROUND_STYLES.length]!;
  // The newest saved round gets the first round style, so colours stay stable as rounds are added.
  const roundsAfter = series.slice(index + 1).filter((x) => !x.current).length;
  return ROUND_STYLES[roundsAfter % ROUND_STYLES.length]!;
}

interface Props {
  ids: string[];
  /** The spoke labels (statement numbers), in the order of `ids`; memoised by the caller. */
  labels: string[];
  dimensions: { navn: string; count: number }[];
  series: Series[];
  description: string;
}

type Loaded = typeof import('./radarSetup');
let chartJs: Promise<Loaded> | null = null;
/** chart.js loads on demand, after the island's controls are on screen. */
function loadChartJs(): Promise<Loaded> {
  chartJs ??= import('./radarSetup');
  return chartJs;
}

function dimensionPlugin(dimensions: Props['dimensions']): Plugin<'radar'> {
  return {
    id: 'svDimensions',
    afterDraw(chart) {
      const scale = chart.scales.r as unknown as { xCenter: number; yCenter: number; drawingArea: number };
      const { ctx } = chart;
      const { xCenter: cx, yCenter: cy, drawingArea: r } = scale;
      const narrow = chart.width < 480;
      ctx.save();
      for (const [i, d] of dimensionSectors(dimensions).entries()) {
        // Sector boundary: a strong spoke between the dimensions.
        ctx.strokeStyle = '#474b53';
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(cx, cy);
        ctx.lineTo(cx + r * Math.cos(d.start), cy + r * Math.sin(d.start));
        ctx.stroke();
        // The sector's arc outside the web and its name.
        const arcR = r + (narrow ? 22 : 28);
        ctx.beginPath();
        ctx.arc(cx, cy, arcR, d.start + 0.04, d.end - 0.04);
        ctx.stroke();
        ctx.fillStyle = '#1b1d21';
        const fontSize = narrow ? 10 : 12;
        ctx.font = `600 ${fontSize}px "IBM Plex Sans", Arial, sans-serif`;
        // Names where there is room; on narrow screens the number, with the names listed under the chart.
        const lines = narrow ? [String(i + 1)] : wrapText(`${i + 1}. ${d.name}`, 18);
        const tx = cx + (arcR + 10) * Math.cos(d.mid);
        const ty = cy + (arcR + 10) * Math.sin(d.mid);
        const cos = Math.cos(d.mid);
        const sin = Math.sin(d.mid);
        ctx.textAlign = Math.abs(cos) < 0.3 ? 'center' : cos > 0 ? 'left' : 'right';
        const h = lines.length * (fontSize + 2);
        let y = sin < -0.3 ? ty - h + fontSize : Math.abs(sin) <= 0.3 ? ty - h / 2 + fontSize : ty + fontSize;
        for (const line of lines) {
          ctx.fillText(line, tx, y);
          y += fontSize + 2;
        }
      }
      ctx.restore();
    },
  };
}

function toDatasets(ids: string[], list: Series[]) {
  return list.map((s, i) => {
    const st = styleFor(list, i);
    return {
      label: s.label,
      data: ids.map((id) => (id in s.values ? s.values[id]! : null)),
      borderColor: st.color,
      backgroundColor: st.fill,
      pointBackgroundColor: st.color,
      pointBorderColor: st.color,
      pointStyle: st.point,
      pointRadius: s.current ? 4 : 5,
      borderDash: st.dash,
      borderWidth: s.current ? 3 : 2,
      fill: s.current,
      spanGaps: false,
    };
  });
}

export function RadarChart({ ids, labels, dimensions, series, description }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<ChartType<'radar', (number | null)[], string> | null>(null);
  /** The series to draw when chart.js has loaded (it loads after the first render). */
  const seriesRef = useRef(series);

  // `ids` and `dimensions` are memoised by the caller, so the chart is built once per web.
  useEffect(() => {
    let cancelled = false;
    void loadChartJs().then(({ Chart }) => {
      if (cancelled || !canvasRef.current) return;
      chartRef.current = new Chart(canvasRef.current, {
        type: 'radar',
        data: { labels, datasets: toDatasets(ids, seriesRef.current) },
        plugins: [dimensionPlugin(dimensions)],
        options: {
          responsive: true,
          maintainAspectRatio: true,
          aspectRatio: 1,
          animation: false,
          events: [],
          layout: { padding: canvasRef.current.parentElement!.clientWidth < 480 ? 34 : { left: 96, right: 96, top: 56, bottom: 56 } },
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: {
            r: {
              min: SCALE.min,
              max: SCALE.max,
              beginAtZero: true,
              ticks: { stepSize: 2, callback: (v) => (v === SCALE.min ? '' : String(v)), backdropColor: 'rgba(255,255,255,0.85)', color: '#1b1d21', font: { size: 11 } },
              pointLabels: { color: '#1b1d21', font: { size: 12, weight: 600 } },
              grid: { color: '#b9b5ac' },
              angleLines: { color: '#d9d6cf' },
            },
          },
        },
      });
    });
    // Sharper chart on paper.
    const beforePrint = () => { const c = chartRef.current; if (c) { c.options.devicePixelRatio = 3; c.resize(); } };
    const afterPrint = () => { const c = chartRef.current; if (c) { c.options.devicePixelRatio = window.devicePixelRatio; c.resize(); } };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      cancelled = true;
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, [ids, labels, dimensions]);

  useEffect(() => {
    seriesRef.current = series;
    const c = chartRef.current;
    if (!c) return;
    c.data.datasets = toDatasets(ids, series);
    c.update();
  }, [ids, series]);

  return (
    <div className="sv-chart">
      <canvas ref={canvasRef} role="img" aria-label={description} />
    </div>
  );
}

/** A small sample of a series' line and point, so the legend does not rest on colour alone. */
export function Swatch({ style }: { style: SeriesStyle }) {
  const p = style.point;
  const shape =
    p === 'rect' ? <rect x="19" y="5" width="8" height="8" fill={style.color} /> :
    p === 'triangle' ? <polygon points="23,4 28,13 18,13" fill={style.color} /> :
    p === 'rectRot' ? <polygon points="23,3 28,9 23,15 18,9" fill={style.color} /> :
    p === 'crossRot' ? <path d="M19 5 L27 13 M27 5 L19 13" stroke={style.color} strokeWidth="2.5" /> :
    p === 'star' ? <path d="M23 3 L23 15 M17 9 L29 9 M19 5 L27 13 M27 5 L19 13" stroke={style.color} strokeWidth="2" /> :
    <circle cx="23" cy="9" r="4.5" fill={style.color} />;
  return (
    <svg className="sv-swatch" width="46" height="18" viewBox="0 0 46 18" aria-hidden="true" focusable="false">
      <line x1="1" y1="9" x2="45" y2="9" stroke={style.color} strokeWidth="3" strokeDasharray={style.dash.join(' ') || undefined} />
      {shape}
    </svg>
  );
}
