import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate } from '../../shared/components/format';
import { BackLink, Cell, SummaryList, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { RunChartLegend, RunChartSvg } from './RunChartSvg';
import { DIRECTION_TEXT, MEASURE_KIND_TEXT, RULE_TEXT } from './text';
import type { QiRunChart } from './types';

/** A measure's run chart, its signals by the IHI rules, and its values as a table. */
export function RunChartPage({ projectId, measureId }: { projectId: string; measureId: string }) {
  const { api } = useAuth();
  const chart = useLoad(
    () => call(api.GET('/api/v1/qi-projects/{projectId}/measures/{measureId}', { params: { path: { projectId, measureId } } })),
    [api, projectId, measureId],
  );
  usePageTitle(chart.state === 'ok' ? chart.data.name : 'Run chart');
  return (
    <>
      <BackLink to={`/qi-projects/${projectId}`}>{chart.state === 'ok' ? chart.data.projectTitle : 'The project'}</BackLink>
      {chart.state === 'loading' && <Loading />}
      {chart.state === 'error' && <ApiErrorView error={chart.error} />}
      {chart.state === 'ok' && <Chart chart={chart.data} />}
    </>
  );
}

export function signalSummary(c: QiRunChart): string[] {
  if (c.points.length === 0) return ['No values yet.'];
  if (!c.signalsShown) return [`Signals are shown once the baseline has 10 values; it has ${c.baselineCount}.`];
  const lines: string[] = [];
  const shift = c.points.filter((p) => p.rules.includes('shift')).length;
  const trend = c.points.filter((p) => p.rules.includes('trend')).length;
  const astronomical = c.points.filter((p) => p.rules.includes('astronomical')).length;
  if (shift) lines.push(`Shift: ${shift} values are part of a shift.`);
  if (trend) lines.push(`Trend: ${trend} values are part of a trend.`);
  if (astronomical) lines.push(`${astronomical} astronomical ${astronomical === 1 ? 'point' : 'points'}.`);
  if (c.tooFewRuns) lines.push(`Too few runs: ${c.runs}, where ${c.expectedRuns?.lower} to ${c.expectedRuns?.upper} are expected.`);
  if (c.tooManyRuns) lines.push(`Too many runs: ${c.runs}, where ${c.expectedRuns?.lower} to ${c.expectedRuns?.upper} are expected.`);
  return lines.length ? lines : ['No signal: the variation looks random so far.'];
}

function Chart({ chart: c }: { chart: QiRunChart }) {
  const signals = signalSummary(c);
  return (
    <>
      <span className="nhsuk-caption-l">{MEASURE_KIND_TEXT[c.kind]} measure</span>
      <h1>{c.name}</h1>
      <SummaryList
        rows={[
          { key: 'Definition', value: c.definition },
          { key: 'Unit', value: c.unit },
          { key: 'Improvement', value: DIRECTION_TEXT[c.direction] },
          { key: 'Median', value: c.median === null ? 'No values yet' : `${c.median} (baseline of ${c.baselineCount} values)` },
          { key: 'Runs', value: c.expectedRuns ? `${c.runs} (${c.expectedRuns.lower} to ${c.expectedRuns.upper} expected)` : `${c.runs}` },
        ]}
      />
      <h2>Signals</h2>
      <ul className="nhsuk-list" data-testid="signals">
        {signals.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {c.canRecordWork && (
        <Link className="nhsuk-button nhsuk-button--secondary" to={`/qi-projects/${c.projectId}/measures/${c.id}/values/new`}>
          Add a value
        </Link>
      )}
      {c.points.length > 0 && (
        <>
          <h2>Run chart</h2>
          <RunChartSvg chart={c} titleId="run-chart-title" />
          <RunChartLegend />
          <table className="nhsuk-table-responsive">
            <caption className="nhsuk-table__caption">Values of {c.name}</caption>
            <TableHead headings={['Date', 'Value', 'Signals', 'Note']} />
            <tbody className="nhsuk-table__body">
              {c.points.map((p) => (
                <tr key={p.id} className="nhsuk-table__row">
                  <Cell heading="Date">{formatDate(p.date)}</Cell>
                  <Cell heading="Value">{p.value}</Cell>
                  <Cell heading="Signals">{p.rules.map((r) => RULE_TEXT[r]).join(', ') || 'None'}</Cell>
                  <Cell heading="Note">{p.note ?? ''}</Cell>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {c.pdsaCycles.length > 0 && (
        <>
          <h2>PDSA cycles on this chart</h2>
          <ul className="nhsuk-list">
            {c.pdsaCycles.map((p) => (
              <li key={p.id}>
                {formatDate(p.pinnedOn)}: {p.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
