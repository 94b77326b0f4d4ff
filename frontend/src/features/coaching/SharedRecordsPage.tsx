import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate } from '../../shared/components/format';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';

/** The coaching records coaches chose to share with the patient safety team: nothing else of coaching reaches them. */
export function SharedRecordsPage() {
  const { api } = useAuth();
  usePageTitle('Coaching records shared with you');
  const records = useLoad(() => call(api.GET('/api/v1/coaching/shared-records')), [api]);
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Coaching records shared with you</h1>
      <p>Coaching notes stay between the coach and the coachee. You see a record only when its coach shares it with the patient safety team.</p>
      {records.state === 'loading' && <Loading />}
      {records.state === 'error' && <ApiErrorView error={records.error} />}
      {records.state === 'ok' && records.data.length === 0 && <p role="status">No coaching records have been shared.</p>}
      {records.state === 'ok' &&
        records.data.map((r) => (
          <div className="nhsuk-card" key={r.id}>
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-s">{`${r.title}, ${formatDate(r.heldOn)}`}</h2>
              <SummaryList
                rows={[
                  { key: 'Coach', value: r.coaches.join(', ') },
                  { key: 'Topic brought', value: r.topic },
                  { key: 'Issues arising', value: r.issuesArising },
                  { key: 'Actions', value: r.actions.length ? r.actions.map((a) => `${a.action} (${a.owner})`).join('; ') : 'None' },
                  { key: 'Shared by', value: r.sharedBy },
                ]}
              />
            </div>
          </div>
        ))}
    </>
  );
}
