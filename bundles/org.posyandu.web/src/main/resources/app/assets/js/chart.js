// A grouped bar chart in plain SVG (styled by app.css, no inline style): the few bars of a report's parts, with
// their values as text so the chart reads without colour and the table beside it stays the reference. Plain SVG
// rather than a chart library: a dozen bars need no canvas, and SVG text stays accessible and scales.
import { h } from './lib.js';

const W = 640;
const BAR_H = 14;
const GAP = 10;
const LEFT = 170;
const RIGHT = 60;

/**
 * @param rows [{label, values: [number|null, ...]}], series: [{name, className}], max: the scale's end (e.g. 100)
 */
export function BarChart({ title, rows, series, max = 100, unit = '%' }) {
  const groupH = series.length * BAR_H + GAP;
  const height = rows.length * groupH + 40;
  const scale = (v) => ((W - LEFT - RIGHT) * Math.max(0, Math.min(v, max))) / max;
  return h('figure', { class: 'grafik-batang' },
    h('svg', { viewBox: `0 0 ${W} ${height}`, width: '100%', role: 'img', 'aria-label': title },
      h('title', null, title),
      rows.map((r, i) => {
        const y = 10 + i * groupH;
        return h('g', { key: r.label },
          h('text', { x: LEFT - 8, y: y + (series.length * BAR_H) / 2 + 4, 'text-anchor': 'end' }, r.label.length > 24 ? `${r.label.slice(0, 23)}…` : r.label),
          series.map((s, j) => {
            const v = r.values[j];
            const by = y + j * BAR_H;
            return h('g', { key: s.name },
              h('rect', { class: s.className, x: LEFT, y: by, width: v == null ? 0 : scale(v), height: BAR_H - 2 }),
              h('text', { x: LEFT + (v == null ? 0 : scale(v)) + 4, y: by + BAR_H - 4 }, v == null ? '—' : `${v}${unit}`));
          }));
      }),
      h('line', { class: 'sumbu', x1: LEFT, x2: LEFT, y1: 4, y2: height - 24 }),
      series.map((s, j) => h('g', { key: s.name },
        h('rect', { class: s.className, x: LEFT + j * 150, y: height - 18, width: 12, height: 12 }),
        h('text', { x: LEFT + j * 150 + 16, y: height - 8 }, s.name)))));
}
