import type { ReactNode } from 'react';
import type { QiRunChart } from './types';

const WIDTH = 640;
const HEIGHT = 320;
const PAD = { left: 48, right: 16, top: 16, bottom: 40 };

/** Where a point sits on the chart; exported for the tests. */
export function scale(chart: Pick<QiRunChart, 'points' | 'median'>) {
  const values = chart.points.map((p) => p.value);
  if (chart.median !== null && chart.median !== undefined) values.push(chart.median);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const n = chart.points.length;
  const x = (i: number) => PAD.left + (n <= 1 ? (WIDTH - PAD.left - PAD.right) / 2 : (i * (WIDTH - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + ((max - v) * (HEIGHT - PAD.top - PAD.bottom)) / (max - min);
  return { x, y, min, max };
}

/**
 * The run chart as an accessible image: the values joined in date order, the median as a dashed line, and the
 * signals marked by shape as well as colour (shift: square, trend: triangle, astronomical: diamond); the page gives
 * the legend and the same data as a table.
 */
export function RunChartSvg({ chart, titleId }: { chart: QiRunChart; titleId: string }) {
  if (chart.points.length === 0) return null;
  const { x, y, min, max } = scale(chart);
  const line = chart.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const signals = chart.points.filter((p) => p.rules.length > 0).length;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby={`${titleId} ${titleId}-desc`}
      style={{ maxWidth: WIDTH, display: 'block' }}
    >
      <title id={titleId}>Run chart of {chart.name}</title>
      <desc id={`${titleId}-desc`}>
        {chart.points.length} values from {chart.points[0].date} to {chart.points[chart.points.length - 1].date}
        {chart.median !== null ? `, median ${chart.median}` : ''}; {signals} {signals === 1 ? 'point is' : 'points are'} part of a signal. The values
        are listed in the table below.
      </desc>
      <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} stroke="#4c6272" />
      <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} stroke="#4c6272" />
      <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize="12" fill="#212b32">
        {max}
      </text>
      <text x={PAD.left - 6} y={y(min) + 4} textAnchor="end" fontSize="12" fill="#212b32">
        {min}
      </text>
      <text x={PAD.left} y={HEIGHT - 12} fontSize="12" fill="#212b32">
        {chart.points[0].date}
      </text>
      <text x={WIDTH - PAD.right} y={HEIGHT - 12} fontSize="12" textAnchor="end" fill="#212b32">
        {chart.points[chart.points.length - 1].date}
      </text>
      {chart.median !== null && (
        <line data-testid="median" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(chart.median)} y2={y(chart.median)} stroke="#005eb8" strokeDasharray="6 4" strokeWidth="2" />
      )}
      {chart.pdsaCycles.map((c) => {
        const i = chart.points.findIndex((p) => p.date >= c.pinnedOn);
        if (i < 0) return null;
        return <line key={c.id} data-testid="pdsa" x1={x(i)} x2={x(i)} y1={PAD.top} y2={HEIGHT - PAD.bottom} stroke="#768692" strokeDasharray="2 3" />;
      })}
      <path d={line} fill="none" stroke="#212b32" strokeWidth="1.5" />
      {chart.points.map((p, i) => (
        <Marker key={p.id} cx={x(i)} cy={y(p.value)} rules={p.rules} />
      ))}
    </svg>
  );
}

function Marker({ cx, cy, rules }: { cx: number; cy: number; rules: string[] }) {
  if (rules.includes('astronomical'))
    return <polygon data-rule="astronomical" points={`${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}`} fill="#d5281b" />;
  if (rules.includes('shift')) return <rect data-rule="shift" x={cx - 5} y={cy - 5} width="10" height="10" fill="#ed8b00" />;
  if (rules.includes('trend')) return <polygon data-rule="trend" points={`${cx},${cy - 6} ${cx + 6},${cy + 5} ${cx - 6},${cy + 5}`} fill="#330072" />;
  return <circle cx={cx} cy={cy} r="4" fill="#212b32" />;
}

/** The legend, by shape and colour. */
export function RunChartLegend() {
  const item = (shape: ReactNode, text: string) => (
    <li style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      <svg width="16" height="16" aria-hidden="true" focusable="false">
        {shape}
      </svg>
      {text}
    </li>
  );
  return (
    <ul className="nhsuk-list" aria-label="Legend">
      {item(<line x1="0" x2="16" y1="8" y2="8" stroke="#005eb8" strokeDasharray="4 2" strokeWidth="2" />, 'Median of the baseline')}
      {item(<circle cx="8" cy="8" r="4" fill="#212b32" />, 'A value')}
      {item(<rect x="3" y="3" width="10" height="10" fill="#ed8b00" />, 'Shift: 6 or more values in a row on one side of the median')}
      {item(<polygon points="8,2 14,13 2,13" fill="#330072" />, 'Trend: 5 or more values in a row all going up or all going down')}
      {item(<polygon points="8,1 15,8 8,15 1,8" fill="#d5281b" />, 'Astronomical point, flagged by the team')}
      {item(<line x1="8" x2="8" y1="0" y2="16" stroke="#768692" strokeDasharray="2 3" />, 'A PDSA cycle started')}
    </ul>
  );
}
