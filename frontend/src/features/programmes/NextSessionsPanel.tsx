import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { sessionWhen, sessionWhere } from './text';

/** Home: the programme sessions the signed-in person is booked on, soonest first; nothing when there are none. */
export function NextSessionsPanel() {
  const { api } = useAuth();
  // async: a client that throws at once still ends in the error state (nothing shown), never breaks the page.
  const mine = useLoad(async () => call(api.GET('/api/v1/me/programme-sessions')), [api]);
  if (mine.state !== 'ok' || mine.data.upcoming.length === 0) return null;
  const upcoming = mine.data.upcoming;
  return (
    <section className="nhsuk-card" aria-labelledby="next-sessions-heading">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading" id="next-sessions-heading">
          Your next sessions ({upcoming.length})
        </h2>
        <ul className="nhsuk-list nhsuk-list--border">
          {upcoming.slice(0, 3).map((s) => (
            <li key={s.sessionId}>
              <Link to={`/programme-sessions/${s.sessionId}`}>{s.programmeTitle}</Link>
              <br />
              {sessionWhen(s)}, {sessionWhere(s)}
            </li>
          ))}
        </ul>
        {upcoming.length > 3 && <Link to="/programmes">All training programmes</Link>}
      </div>
    </section>
  );
}
