import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate } from '../../shared/components/format';
import { dueText } from './text';

/**
 * What waits on the home page in the coach register: for an improvement advisor, "Coaches needing supervision (N)";
 * for a coach, "Your next supervision". Shows nothing when there is nothing to say or it cannot be loaded.
 */
export function CoachesHomePanel() {
  const { me } = useAuth();
  return (
    <>
      {mayCall(me?.roles, 'listCoaches') && <CoachesNeedingSupervision />}
      {mayCall(me?.roles, 'getMyCoach') && <YourNextSupervision />}
    </>
  );
}

function CoachesNeedingSupervision() {
  const { api } = useAuth();
  // async: a client that throws at once still ends in the error state (nothing shown), never breaks the page.
  const coaches = useLoad(async () => call(api.GET('/api/v1/coaches')), [api]);
  if (coaches.state !== 'ok') return null;
  const overdue = coaches.data.filter((c) => c.supervisionOverdue);
  if (overdue.length === 0) return null;
  return (
    <div className="nhsuk-card" data-testid="coaches-needing-supervision">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">Coaches needing supervision ({overdue.length})</h2>
        <p className="nhsuk-card__description">These coaches have had no supervision session for 3 months.</p>
        <ul className="nhsuk-list">
          {overdue.map((c) => (
            <li key={c.id}>
              <Link to={`/coaches/${c.id}`}>{c.coach.name}</Link>
              <span className="nhsuk-u-secondary-text-colour">{`: ${dueText(c)}`}</span>{' '}
              <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function YourNextSupervision() {
  const { api } = useAuth();
  const mine = useLoad(async () => call(api.GET('/api/v1/me/coach')), [api]);
  if (mine.state !== 'ok' || !mine.data.current) return null;
  const c = mine.data;
  return (
    <div className="nhsuk-card" data-testid="your-next-supervision">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">Your next supervision</h2>
        <p className="nhsuk-card__description">
          {c.nextSessionOn ? `Agreed for ${formatDate(c.nextSessionOn)}.` : 'No date agreed yet: ask your improvement advisor.'}{' '}
          {c.supervisionOverdue ? (
            <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
          ) : (
            <span className="nhsuk-u-secondary-text-colour">{dueText(c)}.</span>
          )}
        </p>
        <p className="nhsuk-u-margin-bottom-0">
          <Link to="/my-coaching">See your supervision and coaching</Link>
        </p>
      </div>
    </div>
  );
}
