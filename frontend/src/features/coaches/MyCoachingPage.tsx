import { call } from '../../shared/api/client';
import { ApiError } from '../../shared/api/errors';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { CoachSummaryList, SessionList, WorkList } from './CoachDetails';

/** A coach's own entry of the register: their work, hours coached and supervision with their notes. */
export function MyCoachingPage() {
  const { api } = useAuth();
  usePageTitle('Your coaching');
  const mine = useLoad(() => call(api.GET('/api/v1/me/coach')), [api]);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/">Home</BackLink>
        <h1>Your coaching</h1>
        {mine.state === 'loading' && <Loading />}
        {mine.state === 'error' &&
          (mine.error instanceof ApiError && mine.error.status === 404 ? (
            <p>You are not on the coach register yet. Ask your improvement advisor to add you.</p>
          ) : (
            <ApiErrorView error={mine.error} />
          ))}
        {mine.state === 'ok' && (
          <>
            <p>Your entry on the coach register, the teams and projects you coach, and your supervision with an improvement advisor, at least every 3 months.</p>
            <CoachSummaryList coach={mine.data} />
            <h2>Teams and projects you coach</h2>
            <WorkList coach={mine.data} />
            <h2>Your supervision sessions</h2>
            <SessionList coach={mine.data} />
          </>
        )}
      </div>
    </div>
  );
}
