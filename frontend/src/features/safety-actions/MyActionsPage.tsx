import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ActionsTable } from './ActionsTable';

/** The safety actions the signed-in person owns, overdue first; each opens the action to record progress. */
export function MyActionsPage() {
  const { api } = useAuth();
  usePageTitle('My actions');
  const result = useLoad(() => call(api.GET('/api/v1/me/actions')), [api]);
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>My actions</h1>
      <p>The safety actions you own. Open an action to record its progress.</p>
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <ApiErrorView error={result.error} />}
      {result.state === 'ok' && result.data.items.length === 0 && <p>You do not own any safety actions at the moment.</p>}
      {result.state === 'ok' && result.data.items.length > 0 && <ActionsTable items={result.data.items} caption="Your safety actions, overdue first" showOwner={false} />}
    </>
  );
}
