import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ALLOCATED_BY_TEXT, CandidateTag, StepTag, termsText, waitingText } from './text';
import type { Candidate, StepView } from './types';

/** One candidate's pathway as an NHS task list: each step with its status, the waiting one linking to its page. */
export function CandidatePage({ id }: { id: string }) {
  const { api } = useAuth();
  const loaded = useLoad(() => call(api.GET('/api/v1/coach-candidates/{candidateId}', { params: { path: { candidateId: id } } })), [api, id]);
  usePageTitle(loaded.state === 'ok' ? loaded.data.name : 'Candidate');
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  return <CandidateDetails candidate={loaded.data} />;
}

export function CandidateDetails({ candidate: c }: { candidate: Candidate }) {
  const { me } = useAuth();
  const maySign = mayCall(me?.roles, 'signRecruitmentStep') && c.status === 'in-progress';
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/coach-recruitment">Recruiting coaches with lived experience</BackLink>
        <span className="nhsuk-caption-l">Candidate to be a QI coach with lived experience</span>
        <h1>{c.name}</h1>
        <p>
          <CandidateTag status={c.status} />
        </p>
        <div className="nhsuk-inset-text" data-testid="waiting-on">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <strong>Waiting:</strong> {waitingText(c)}
          </p>
        </div>
        <h2>Recruitment pathway</h2>
        <ul className="nhsuk-task-list" aria-label="Recruitment steps">
          {c.steps.map((s) => (
            <li className="nhsuk-task-list__item nhsuk-task-list__item--with-link" key={s.step}>
              <div className="nhsuk-task-list__name-and-hint">
                {maySign && s.status === 'waiting' ? (
                  <Link className="nhsuk-link nhsuk-task-list__link" to={`/coach-recruitment/${c.id}/steps/${s.step}`} aria-describedby={`step-${s.step}-status`}>
                    {s.title}
                  </Link>
                ) : (
                  <span>{s.title}</span>
                )}
                <div className="nhsuk-task-list__hint">{stepHint(s)}</div>
              </div>
              <div className="nhsuk-task-list__status">
                <StepTag step={s} />
              </div>
            </li>
          ))}
        </ul>
        {c.withdrawal && (
          <>
            <h2>Withdrawal</h2>
            <SummaryList
              rows={[
                { key: 'Date', value: formatDate(c.withdrawal.withdrawnOn) },
                { key: 'Reason', value: c.withdrawal.reason },
                { key: 'Recorded by', value: `${c.withdrawal.recordedBy ?? ''}, ${formatDateTime(c.withdrawal.recordedAt)}` },
              ]}
            />
          </>
        )}
        <h2>About the candidate</h2>
        <SummaryList
          rows={[
            { key: 'E-mail address', value: c.email },
            { key: 'Phone number', value: c.phone },
            { key: 'Directorate', value: c.directorate.name },
            { key: 'How they heard about the role', value: c.heardFrom },
            { key: 'Their lived experience', value: c.livedExperience },
            { key: 'Terms of the role', value: termsText(c.terms) },
          ]}
        />
        <p>
          <Link to="/coach-recruitment/job-description">Read the job description</Link>
        </p>
        {mayCall(me?.roles, 'withdrawCoachCandidate') && c.status === 'in-progress' && (
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/coach-recruitment/${c.id}/withdraw`}>
            Record a withdrawal
          </Link>
        )}
      </div>
    </div>
  );
}

/** Who the step waits on, or what was recorded and by whom. */
function stepHint(s: StepView): string {
  if (s.status !== 'done') return s.status === 'stopped' ? 'Not done: the candidate withdrew' : `By ${s.party}`;
  const parts = [`Done ${formatDate(s.doneOn)}`];
  if (s.signedBy) parts.push(`signed by ${s.signedBy}`);
  if (s.cohort) parts.push(`${s.cohort}, starting ${formatDate(s.startsOn)}`);
  if (s.person) parts.push(`in the people directory as ${s.person.name}`);
  if (s.lineManager) parts.push(`line manager ${s.lineManager.name}${s.lineManagerAllocatedBy ? `, allocated by ${ALLOCATED_BY_TEXT[s.lineManagerAllocatedBy].toLowerCase()}` : ''}`);
  parts.push(`recorded by ${s.recordedBy ?? 'unknown'}`);
  return parts.join('; ');
}
