import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate } from '../../shared/components/format';
import { BackLink, Cell, MultilineText, SummaryList, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { DUE_STATUS_TEXT, RESPONSE_STATUS_TEXT, formatMonth } from './text';
import type { OversightCount } from './types';

const countsText = (items: OversightCount[]) => items.map((c) => `${c.display}: ${c.count}`).join(', ');

/** A learning response as the group sees it, de-identified. */
export function OversightResponsePage({ groupId, responseId }: { groupId: string; responseId: string }) {
  const { api } = useAuth();
  const loaded = useLoad(
    () => call(api.GET('/api/v1/oversight-groups/{groupId}/responses/{responseId}', { params: { path: { groupId, responseId } } })),
    [api, groupId, responseId],
  );
  usePageTitle(loaded.state === 'ok' ? `Learning response ${loaded.data.reference}` : 'Learning response');
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  const r = loaded.data;

  return (
    <>
      <BackLink to={`/oversight-groups/${groupId}`}>Back to the group</BackLink>
      <span className="nhsuk-caption-l">Learning response, de-identified</span>
      <h1>{r.reference}</h1>
      <SummaryList
        rows={[
          { key: 'Type', value: r.typeDisplay },
          { key: 'Status', value: RESPONSE_STATUS_TEXT[r.status] ?? r.status },
          { key: 'Patients', value: r.patients.length ? r.patients.join(', ') : 'No patient involved' },
          { key: 'Created', value: formatDate(r.createdOn) },
          { key: 'Started', value: r.startedOn ? formatDate(r.startedOn) : 'Not started' },
          {
            key: 'Target completion',
            value: r.targetCompletionOn ? `${formatDate(r.targetCompletionOn)}${r.dueStatus ? ` (${DUE_STATUS_TEXT[r.dueStatus] ?? r.dueStatus})` : ''}` : 'Not set',
          },
          { key: 'Lead', value: r.leadRole ?? 'Not yet assigned' },
          { key: 'Team', value: r.team.length ? r.team.map((t) => (t.teamRole ? `${t.jobRole} (${t.teamRole})` : t.jobRole)).join(', ') : 'No team members' },
        ]}
      />

      <h2>Events</h2>
      <table className="nhsuk-table-responsive">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">The events of the response, by case label</caption>
        <TableHead headings={['Patient', 'Month', 'Event type', 'Category', 'Service', 'Harm']} />
        <tbody className="nhsuk-table__body">
          {r.events.map((e, i) => (
            <tr key={i} className="nhsuk-table__row">
              <Cell heading="Patient">{e.caseLabel ?? 'No patient'}</Cell>
              <Cell heading="Month">{formatMonth(e.month)}</Cell>
              <Cell heading="Event type">{e.eventType}</Cell>
              <Cell heading="Category">{e.category}</Cell>
              <Cell heading="Service">{e.service}</Cell>
              <Cell heading="Harm">
                {e.physicalHarm}; {e.psychologicalHarm}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>The work so far</h2>
      <SummaryList
        rows={[
          { key: 'Events', value: String(r.counts.events) },
          { key: 'Findings', value: String(r.counts.findings) },
          { key: 'Contributory factors', value: countsText(r.counts.contributoryFactors) },
          { key: 'Contacts with those affected', value: String(r.counts.contacts) },
          { key: 'Safety actions', value: countsText(r.counts.safetyActionsByStatus) },
        ]}
      />

      <h2>Summary for oversight</h2>
      {r.summaryForOversight ? (
        <p>
          <MultilineText text={r.summaryForOversight} />
        </p>
      ) : (
        <p>The patient safety team has not written a summary.</p>
      )}
      <p className="nhsuk-body-s">Anything that could identify the people involved is shown as [withheld]. Other notes, accounts and findings are not shown here.</p>
    </>
  );
}
