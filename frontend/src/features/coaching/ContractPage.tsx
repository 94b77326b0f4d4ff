import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { Course, GroundRules, Review, Sessions } from './ContractSections';
import { ContractTag, hoursText } from './text';
import type { Contract } from './types';

/** One coaching contract: its parties and aims, the ground rules and who accepted them, the review, the course and the sessions. */
export function ContractPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const loaded = useLoad(() => call(api.GET('/api/v1/coaching/contracts/{contractId}', { params: { path: { contractId: id } } })), [api, id]);
  const terms = useLoad(() => call(api.GET('/api/v1/coaching/terms')), [api]);
  const [contract, setContract] = useState<Contract | null>(null);
  const fresh = loaded.state === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (fresh) setContract(fresh);
  }, [fresh]);
  usePageTitle(contract?.title ?? 'Coaching contract');

  if (loaded.state === 'loading' || terms.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  if (terms.state === 'error') return <ApiErrorView error={terms.error} />;
  if (!contract) return <Loading />;
  const back = mayCall(me?.roles, 'createCoachingContract') ? 'Coaching contracts' : 'My coaching';
  const sessionsOpen = contract.youCoach && ['agreed', 'active', 'review'].includes(contract.status);
  // The course is kept by the contract's coaches and by the improvement advisors (who record no sessions).
  const keepsCourse = mayCall(me?.roles, 'updateCoachingCourse') && (contract.youCoach || !mayCall(me?.roles, 'recordCoachingSession'));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/coaching">{back}</BackLink>
        <span className="nhsuk-caption-l">Coaching contract</span>
        <h1>{contract.title}</h1>
        <p>
          <ContractTag contract={contract} />
        </p>
        <SummaryList
          rows={[
            contract.coacheeKind === 'team'
              ? { key: 'Team', value: `${contract.teamName ?? contract.title} (contact: ${contract.coachee.name ?? ''})` }
              : { key: 'Coachee', value: contract.coachee.name },
            { key: contract.coaches.length === 1 ? 'Coach' : 'Coaches', value: contract.coaches.map((c) => c.name).join(', ') },
            { key: 'Frequency', value: contract.frequency },
            { key: 'Session length', value: hoursText(contract.sessionMinutes) },
            { key: 'Venue', value: contract.venue ?? 'To be confirmed' },
            { key: 'Review', value: 'After 4 sessions' },
          ]}
        />
        <h2>Aims of the coaching</h2>
        <ul className="nhsuk-list nhsuk-list--tick">
          {contract.aims.map((a) => (
            <li key={a.code}>{a.display}</li>
          ))}
        </ul>
        <GroundRules contract={contract} terms={terms.data} onSaved={setContract} onReload={loaded.reload} />
        <Review contract={contract} onSaved={setContract} onReload={loaded.reload} />
        {sessionsOpen && (
          <Link className="nhsuk-button" to={`/coaching/${contract.id}/sessions/new`}>
            Record a session
          </Link>
        )}
        <Sessions contract={contract} onReload={loaded.reload} />
        <Course contract={contract} terms={terms.data} canEdit={keepsCourse} onSaved={setContract} onReload={loaded.reload} />
      </div>
    </div>
  );
}
