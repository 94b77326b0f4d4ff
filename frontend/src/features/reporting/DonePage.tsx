import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { LAST_REFERENCE_KEY } from './CheckPage';

interface Sent {
  id?: string;
  reference?: string;
}

function lastSent(state: unknown): Sent {
  const s = state as Sent | null;
  if (s?.reference) return s;
  try {
    return (JSON.parse(sessionStorage.getItem(LAST_REFERENCE_KEY) ?? 'null') as Sent | null) ?? {};
  } catch {
    return {};
  }
}

export function DonePage() {
  const location = useLocation();
  const sent = lastSent(location.state);
  usePageTitle('Report sent');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__heading nhsuk-panel__heading--l">Report sent</h1>
          {sent.reference && (
            <div className="nhsuk-panel__body">
              Your reference number is
              <br />
              <strong data-testid="reference">{sent.reference}</strong>
            </div>
          )}
        </div>
        <h2>What happens next</h2>
        <p>The patient safety team will look at your report, usually within 2 working days.</p>
        <p>
          You can follow it in{' '}
          {sent.id ? <Link to={`/my-reports/${sent.id}`}>My reports</Link> : <Link to="/my-reports">My reports</Link>}.
          We will tell you what was learnt.
        </p>
        <p>Thank you for reporting. Every report helps us make care safer.</p>
        <p>
          <Link to="/report/event">Report another event</Link>
        </p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </div>
    </div>
  );
}
