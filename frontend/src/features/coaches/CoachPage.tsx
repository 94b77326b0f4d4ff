import { Link, useLocation } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { BackLink } from '../../shared/components/misc';
import { SavedNotice } from '../../shared/components/saved-notice';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { CoachSummaryList, SessionList, WorkList } from './CoachDetails';

/** One coach's register entry: details, their work and supervision; the advisors' links to change it. */
export function CoachPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const saved = (useLocation().state as { saved?: string } | null)?.saved ?? null;
  const coach = useLoad(() => call(api.GET('/api/v1/coaches/{coachId}', { params: { path: { coachId: id } } })), [api, id]);
  usePageTitle(coach.state === 'ok' ? coach.data.coach.name : 'Coach');
  if (coach.state === 'loading') return <Loading />;
  if (coach.state === 'error') return <ApiErrorView error={coach.error} />;
  const c = coach.data;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={mayCall(me?.roles, 'listCoaches') ? '/coaches' : '/'}>{mayCall(me?.roles, 'listCoaches') ? 'Coach register' : 'Home'}</BackLink>
        <SavedNotice message={saved} focus />
        <span className="nhsuk-caption-l">QI coach</span>
        <h1>{c.coach.name}</h1>
        <CoachSummaryList coach={c} />
        {mayCall(me?.roles, 'updateCoach') && (
          <p>
            <Link to={`/coaches/${c.id}/change`}>Change or end this entry</Link>
          </p>
        )}
        <h2>Teams and projects coached</h2>
        <WorkList coach={c} />
        <h2>Supervision sessions</h2>
        {mayCall(me?.roles, 'recordCoachSupervisionSession') && (
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/coaches/${c.id}/supervision/new`}>
            Record a supervision session
          </Link>
        )}
        <SessionList coach={c} />
      </div>
    </div>
  );
}
