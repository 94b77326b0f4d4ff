import { Link } from 'react-router';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { RecruitmentStepsWaiting } from '../coach-recruitment/RecruitmentStepsWaiting';
import { CoachesHomePanel } from '../coaches/CoachesHomePanel';
import { CoachingHomePanel } from '../coaching/CoachingHomePanel';
import { DecisionsToApprove } from '../decisions/DecisionsToApprove';
import { ReportUpdates } from '../notifications/ReportUpdates';
import { ProjectUpdatesPanel } from '../qi-projects/ProjectUpdatesPanel';
import { NextSessionsPanel } from '../programmes/NextSessionsPanel';
import { HomePlanReviewOverdue } from '../response-plan/PlanReviewOverdue';
import { homeLinks, type HomeLink } from './homeLinks';

export function HomePage() {
  const { status } = useAuth();
  usePageTitle('Home');
  if (status === 'loading') return <Loading />;
  return status === 'signed-in' ? <SignedInHome /> : <SignedOutHome />;
}

function SignedOutHome() {
  const { signIn } = useAuth();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>PSIRF Platform</h1>
        <p className="nhsuk-lede-text">
          Report patient safety events, follow what happens to them and learn from them.
        </p>
        <p>Sign in with your trust account to continue.</p>
        <button type="button" className="nhsuk-button" onClick={() => void signIn('/')}>
          Sign in
        </button>
      </div>
    </div>
  );
}

function SignedInHome() {
  const { me, meError } = useAuth();
  if (meError) return <ApiErrorView error={meError} />;
  if (!me) return <Loading />;
  const links = homeLinks(me.roles);
  // A reporter's own links come first ("Report a patient safety event" leads), then the updates on their reports.
  const reporting = links.filter((l) => REPORTING_HREFS.includes(l.href));
  const others = links.filter((l) => !REPORTING_HREFS.includes(l.href));
  return (
    <>
      <h1>{me.name ? `Welcome, ${me.name}` : 'Welcome'}</h1>
      <HomePlanReviewOverdue />
      {links.length > 0 ? (
        <>
          <LinkCards links={reporting} />
          {mayCall(me.roles, 'listMyNotifications') && <ReportUpdates />}
          <DecisionsToApprove />
          {mayCall(me.roles, 'listCoachCandidates') && <RecruitmentStepsWaiting />}
          {mayCall(me.roles, 'listQiProjects') && <ProjectUpdatesPanel />}
          {mayCall(me.roles, 'listMyProgrammeSessions') && <NextSessionsPanel />}
          {mayCall(me.roles, 'listCoaches') || mayCall(me.roles, 'getMyCoach') ? <CoachesHomePanel /> : null}
          {mayCall(me.roles, 'listCoachingContracts') && <CoachingHomePanel />}
          <LinkCards links={others} />
        </>
      ) : (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            The areas for your role are not here yet. They will come in later releases of the PSIRF Platform:
            until then there is nothing for you to do here.
          </p>
        </div>
      )}
    </>
  );
}

/** The reporter's own links, shown before their updates. */
const REPORTING_HREFS = ['/report/event', '/my-reports'];

function LinkCards({ links }: { links: HomeLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="nhsuk-grid-row nhsuk-card-group">
      {links.map((l) => (
        <li className="nhsuk-grid-column-one-half nhsuk-card-group__item" key={l.href}>
          <div className="nhsuk-card nhsuk-card--clickable">
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading nhsuk-heading-m">
                <Link className="nhsuk-card__link" to={l.href}>
                  {l.text}
                </Link>
              </h2>
              <p className="nhsuk-card__description">{l.description}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
