import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDateTime } from '../../shared/components/format';

/**
 * "Updates on your reports": the unread count in words, the reporter's unread notifications collapsed under their
 * count ("3 updates"), each linking to its report, and "Mark all as read". Shows nothing when there is nothing new
 * (or the list cannot be loaded: the page around it still works).
 */
export function ReportUpdates() {
  const { api } = useAuth();
  // async: a client that throws at once still ends in the error state (nothing shown), never breaks the page.
  const result = useLoad(async () => call(api.GET('/api/v1/me/notifications')), [api]);
  const [marked, setMarked] = useState<number[]>([]);
  const [allMarked, setAllMarked] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const heading = useRef<HTMLParagraphElement>(null);

  if (result.state !== 'ok') return null;
  const items = allMarked ? [] : result.data.items.filter((n) => !n.read && !marked.includes(n.id));
  const unread = allMarked ? 0 : Math.max(items.length, result.data.unread - marked.length);
  if (unread === 0 && marked.length === 0 && !allMarked) return null;

  const markRead = async (id: number, reference: string) => {
    setFailed(null);
    try {
      await call(api.POST('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId: id } } }));
      setMarked((m) => [...m, id]);
      // The button pressed is gone: keep the person in the banner.
      heading.current?.focus();
    } catch {
      setFailed(`The update on ${reference} could not be marked as read. Try again later.`);
    }
  };

  const markAllRead = async () => {
    setFailed(null);
    try {
      await call(api.POST('/api/v1/me/notifications/read-all'));
      setAllMarked(true);
      heading.current?.focus();
    } catch {
      setFailed('The updates could not be marked as read. Try again later.');
    }
  };

  return (
    <div className="nhsuk-notification-banner" role="region" aria-labelledby="report-updates-title">
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="report-updates-title">
          Updates on your reports
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading" tabIndex={-1} ref={heading}>
          {unread === 0 ? 'You have no unread updates.' : `You have ${unread} unread update${unread === 1 ? '' : 's'}.`}
        </p>
        {failed && (
          <p className="nhsuk-error-message" role="alert">
            <span className="nhsuk-u-visually-hidden">Error:</span> {failed}
          </p>
        )}
        {items.length > 0 && (
          <details className="nhsuk-details nhsuk-u-margin-bottom-3">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">{`${items.length} update${items.length === 1 ? '' : 's'}`}</span>
            </summary>
            <div className="nhsuk-details__text">
              <ul className="nhsuk-list nhsuk-list--border">
                {items.map((n) => (
                  <li key={n.id}>
                    <Link className="nhsuk-notification-banner__link" to={`/my-reports/${n.eventId}`}>
                      {n.eventReference}
                    </Link>
                    : {n.message} <span className="nhsuk-u-font-size-16">({formatDateTime(n.at)})</span>
                    <br />
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0"
                      onClick={() => void markRead(n.id, n.eventReference)}
                    >
                      Mark as read <span className="nhsuk-u-visually-hidden">the update on {n.eventReference}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          </details>
        )}
        {unread > 0 && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={() => void markAllRead()}>
            Mark all as read
          </button>
        )}
      </div>
    </div>
  );
}
