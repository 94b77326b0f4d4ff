import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate } from '../../shared/components/format';
import { ActionStatusTag, AttentionTags } from './text';

/** The "Safety actions" section of a learning response's page: its actions and a link to propose another. */
export function ResponseSafetyActions({ responseId }: { responseId: string }) {
  const { api } = useAuth();
  const result = useLoad(() => call(api.GET('/api/v1/safety-actions', { params: { query: { responseId, size: 100 } } })), [api, responseId]);
  // Only a page of actions is listed (an unexpected answer shows nothing).
  const items = result.state === 'ok' && Array.isArray(result.data?.items) ? result.data.items : null;
  return (
    <section aria-labelledby="response-safety-actions">
      <h2 id="response-safety-actions">Safety actions</h2>
      {result.state === 'error' && <p>The safety actions could not be loaded.</p>}
      {items?.length === 0 && <p>No safety actions yet.</p>}
      {items && items.length > 0 && (
        <ul className="nhsuk-list">
          {items.map((a) => (
            <li key={a.id}>
              <Link to={`/actions/${a.id}`}>{a.reference}</Link>: {a.title}
              {a.dueOn && <>, due {formatDate(a.dueOn)}</>} <ActionStatusTag status={a.status} />
              <AttentionTags action={a} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/actions/new?responseId=${responseId}`}>Add a safety action</Link>
      </p>
    </section>
  );
}
