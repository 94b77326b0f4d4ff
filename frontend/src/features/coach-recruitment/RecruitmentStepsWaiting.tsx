import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { waitingText } from './text';

/**
 * "Recruitment steps waiting (N)" on the improvement advisor's home page: each candidate on the pathway with the step
 * waiting and on whom. Shows nothing when no one is on the pathway (or the list cannot be loaded).
 */
export function RecruitmentStepsWaiting() {
  const { api } = useAuth();
  // async: a client that throws at once still ends in the error state (nothing shown), never breaks the page.
  const result = useLoad(async () => call(api.GET('/api/v1/coach-candidates')), [api]);
  if (result.state !== 'ok') return null;
  const waiting = result.data.filter((c) => c.status === 'in-progress');
  if (waiting.length === 0) return null;
  return (
    <div className="nhsuk-card" data-testid="recruitment-steps-waiting">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">Recruitment steps waiting ({waiting.length})</h2>
        <p className="nhsuk-card__description">Candidates to be QI coaches with lived experience, and the next step of their pathway.</p>
        <ul className="nhsuk-list">
          {waiting.map((c) => (
            <li key={c.id}>
              <Link to={`/coach-recruitment/${c.id}`}>{c.name}</Link>
              {`: ${waitingText(c)}`}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
