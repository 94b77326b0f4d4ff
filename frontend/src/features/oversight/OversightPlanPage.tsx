import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate } from '../../shared/components/format';
import { BackLink, Cell, SummaryList, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ACTION_STATUS_TEXT, EFFECTIVENESS_TEXT, scopeText } from './text';

/** An improvement plan as the group sees it, de-identified. */
export function OversightPlanPage({ groupId, planId }: { groupId: string; planId: string }) {
  const { api } = useAuth();
  const loaded = useLoad(
    () => call(api.GET('/api/v1/oversight-groups/{groupId}/improvement-plans/{planId}', { params: { path: { groupId, planId } } })),
    [api, groupId, planId],
  );
  usePageTitle(loaded.state === 'ok' ? `Improvement plan ${loaded.data.reference}` : 'Improvement plan');
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  const p = loaded.data;

  return (
    <>
      <BackLink to={`/oversight-groups/${groupId}`}>Back to the group</BackLink>
      <span className="nhsuk-caption-l">Safety improvement plan, de-identified</span>
      <h1>
        {p.reference}: {p.title}
      </h1>
      <SummaryList
        rows={[
          { key: 'Scope', value: scopeText(p.scope, p.scopeDetail) },
          { key: 'Status', value: p.status === 'open' ? 'Open' : 'Closed' },
          { key: 'Review date', value: `${formatDate(p.reviewOn)}${p.reviewOverdue ? ' (review overdue)' : ''}` },
          { key: 'Owner', value: p.ownerRole },
          {
            key: 'Progress',
            value: `${p.progress.completed} of ${p.progress.actions} actions completed, ${p.progress.overdue} overdue, ${p.progress.notEffective} not effective; ${p.progress.responses} learning responses`,
          },
        ]}
      />
      <h2>Safety actions</h2>
      {p.actions.length === 0 ? (
        <p>This plan has no safety actions yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">The plan&apos;s safety actions</caption>
          <TableHead headings={['Reference', 'Action', 'Status', 'Due', 'Effectiveness']} />
          <tbody className="nhsuk-table__body">
            {p.actions.map((a) => (
              <tr key={a.reference} className="nhsuk-table__row">
                <Cell heading="Reference">{a.reference}</Cell>
                <Cell heading="Action">{a.title}</Cell>
                <Cell heading="Status">
                  {ACTION_STATUS_TEXT[a.status] ?? a.status}
                  {a.overdue && (
                    <>
                      {' '}
                      <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                    </>
                  )}
                </Cell>
                <Cell heading="Due">{a.dueOn ? formatDate(a.dueOn) : 'Not set'}</Cell>
                <Cell heading="Effectiveness">
                  {a.effectiveness ? (
                    a.effectiveness === 'not-effective' ? (
                      <strong className="nhsuk-tag nhsuk-tag--orange">{EFFECTIVENESS_TEXT[a.effectiveness]}</strong>
                    ) : (
                      EFFECTIVENESS_TEXT[a.effectiveness]
                    )
                  ) : (
                    'Not reviewed yet'
                  )}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
