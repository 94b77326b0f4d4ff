import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDateTime } from '../../shared/components/format';

/**
 * "Decisions awaiting your approval (N)" on the home page: the panel decisions the signed-in person chairs and may
 * approve, each linking to the decision. Shows nothing when there are none (or the list cannot be loaded: the page
 * around it still works), and asks nothing of roles that cannot chair a panel.
 */
export function DecisionsToApprove() {
  const { me } = useAuth();
  if (!mayCall(me?.roles, 'listMyDecisionsToApprove')) return null;
  return <DecisionsToApproveCard />;
}

function DecisionsToApproveCard() {
  const { api } = useAuth();
  // async: a client that throws at once still ends in the error state (nothing shown), never breaks the page.
  const result = useLoad(async () => call(api.GET('/api/v1/me/decisions-to-approve')), [api]);
  if (result.state !== 'ok' || result.data.items.length === 0) return null;
  const items = result.data.items;
  return (
    <div className="nhsuk-card" data-testid="decisions-to-approve">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">Decisions awaiting your approval ({items.length})</h2>
        <p className="nhsuk-card__description">You chair the panel of these decisions. Open one to review it and approve it as chair.</p>
        <ul className="nhsuk-list">
          {items.map((d) => (
            <li key={d.id}>
              <Link to={`/decisions/${d.id}`}>{d.case?.reference ?? d.events.map((e) => e.reference).join(', ')}</Link>
              {`: ${d.responseTypeDisplay}, recorded ${formatDateTime(d.recordedAt)} by ${d.recordedBy}`}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
