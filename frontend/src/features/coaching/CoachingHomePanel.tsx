import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { todayInUk } from '../../shared/components/dateParts';
import { formatDate } from '../../shared/components/format';
import { weekOf } from './text';

/**
 * What waits in coaching on the home page: "Coaching sessions this week (N)", "Reviews due (N)" and the ground
 * rules waiting for the signed-in person's acceptance. Shows nothing when nothing waits or the list cannot be loaded.
 */
export function CoachingHomePanel() {
  const { api } = useAuth();
  const result = useLoad(async () => call(api.GET('/api/v1/coaching/contracts')), [api]);
  if (result.state !== 'ok') return null;
  const { from, to } = weekOf(todayInUk());
  const live = result.data.filter((c) => c.status !== 'ended');
  const thisWeek = live.filter((c) => c.nextMeetingOn && c.nextMeetingOn >= from && c.nextMeetingOn <= to);
  const reviews = live.filter((c) => c.reviewDue);
  const toAccept = live.filter((c) => c.awaitingYourAcceptance);
  if (thisWeek.length + reviews.length + toAccept.length === 0) return null;
  return (
    <div className="nhsuk-card" data-testid="coaching-panel">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">Coaching</h2>
        {thisWeek.length > 0 && (
          <>
            <h3 className="nhsuk-heading-s">{`Coaching sessions this week (${thisWeek.length})`}</h3>
            <ul className="nhsuk-list">
              {thisWeek.map((c) => (
                <li key={c.id}>
                  <Link to={`/coaching/${c.id}`}>{c.title}</Link>
                  {`: ${formatDate(c.nextMeetingOn)}`}
                </li>
              ))}
            </ul>
          </>
        )}
        {reviews.length > 0 && (
          <>
            <h3 className="nhsuk-heading-s">{`Reviews due (${reviews.length})`}</h3>
            <ul className="nhsuk-list">
              {reviews.map((c) => (
                <li key={c.id}>
                  <Link to={`/coaching/${c.id}`}>{c.title}</Link>{' '}
                  {c.reviewOverdue ? <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong> : `by ${formatDate(c.reviewDueBy)}`}
                </li>
              ))}
            </ul>
          </>
        )}
        {toAccept.length > 0 && (
          <>
            <h3 className="nhsuk-heading-s">{`Ground rules to accept (${toAccept.length})`}</h3>
            <ul className="nhsuk-list">
              {toAccept.map((c) => (
                <li key={c.id}>
                  <Link to={`/coaching/${c.id}`}>{c.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
