import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate } from '../../shared/components/format';
import { CandourStatusTag } from './text';

/**
 * The candour status of one event, for the triage and learning response pages, with the written notification's due
 * date and a link to the candour page. Shows nothing when the candour cannot be read.
 */
export function CandourStatusLine({ eventId, eventReference }: { eventId: string; eventReference?: string }) {
  const { api } = useAuth();
  const candour = useLoad(() => call(api.GET('/api/v1/candour/events/{eventId}', { params: { path: { eventId } } })), [api, eventId]);
  // Nothing to show while loading, on refusal, or if the answer is not a candour record.
  if (candour.state !== 'ok' || !candour.data?.steps) return null;
  const c = candour.data;
  const s = c.steps;
  return (
    <p>
      {eventReference && <>{eventReference}: </>}
      <CandourStatusTag status={c.status} />
      {s.writtenDueOn && !s.writtenSentOn && !s.writtenNotDoneReason && <> Written notification due {formatDate(s.writtenDueOn)}.</>}{' '}
      <Link to={`/candour/events/${eventId}`}>
        Duty of Candour<span className="nhsuk-u-visually-hidden"> for {c.eventReference}</span>
      </Link>
    </p>
  );
}
