import { call } from '../../shared/api/client';
import { ApiError } from '../../shared/api/errors';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PartnerSummaryList, SessionList } from './PartnerDetails';

/** A patient safety partner's own entry of the register: who supports them and their supervision. */
export function MyPartnershipPage() {
  const { api } = useAuth();
  usePageTitle('My support and supervision');
  const mine = useLoad(() => call(api.GET('/api/v1/me/patient-safety-partner')), [api]);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/">Home</BackLink>
        <h1>My support and supervision</h1>
        {mine.state === 'loading' && <Loading />}
        {mine.state === 'error' &&
          (mine.error instanceof ApiError && mine.error.status === 404 ? (
            <p>You are not in the register of patient safety partners yet. Ask the patient safety team to add you.</p>
          ) : (
            <ApiErrorView error={mine.error} />
          ))}
        {mine.state === 'ok' && (
          <>
            <p>The person in the trust who supports you, and your supervision sessions. You should have a session at least every 3 months.</p>
            <PartnerSummaryList partner={mine.data} supporterLabel="Your named supporting individual" />
            <h2>Your supervision sessions</h2>
            <SessionList partner={mine.data} withNotes={false} />
          </>
        )}
      </div>
    </div>
  );
}
