import { call } from '../../shared/api/client';
import type { Taxonomy } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { EventSummaryList } from '../../shared/components/event-details';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';

/**
 * An event of a learning response, read-only, for the response's lead (who has no triage page). The API lets the
 * assigned lead read the events of their own responses only; anyone else gets its 403.
 */
export function ResponseEventPage({ responseId, eventId }: { responseId: string; eventId: string }) {
  const { api } = useAuth();
  const result = useLoad(
    async () => {
      const [event, taxonomy] = await Promise.all([
        call(api.GET('/api/v1/events/{eventId}', { params: { path: { eventId } } })),
        call(api.GET('/api/v1/reference/taxonomy')).catch((): Taxonomy | undefined => undefined),
      ]);
      return { event, taxonomy };
    },
    [api, eventId],
  );
  usePageTitle(result.state === 'ok' ? `Event ${result.data.event.reference}` : 'Event');
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  const { event, taxonomy } = result.data;
  return (
    <>
      <BackLink to={`/responses/${responseId}`}>Learning response</BackLink>
      <h1>
        <span className="nhsuk-caption-l">Event</span>
        {event.reference}
      </h1>
      <EventSummaryList event={event} taxonomy={taxonomy} />
    </>
  );
}
