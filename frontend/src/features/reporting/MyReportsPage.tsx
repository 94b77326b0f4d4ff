import { Link, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import type { Taxonomy } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { EventHistory, EventSummaryList } from '../../shared/components/event-details';
import { EVENT_TYPE_TEXT, formatDateTime } from '../../shared/components/format';
import { ReportUpdates } from '../notifications/ReportUpdates';
import { OutcomeRows } from './OutcomeRows';
import { BackLink, Pagination, StatusTag } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';

const PAGE_SIZE = 20;

function pageParam(v: string | null): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function MyReportsPage() {
  const { api } = useAuth();
  const [params] = useSearchParams();
  const page = pageParam(params.get('page'));
  usePageTitle('My reports');
  const result = useLoad(() => call(api.GET('/api/v1/events/mine', { params: { query: { page, size: PAGE_SIZE } } })), [api, page]);

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>My reports</h1>
      <ReportUpdates />
      {result.state === 'loading' && <Loading />}
      {result.state === 'error' && <ApiErrorView error={result.error} />}
      {result.state === 'ok' &&
        (result.data.items.length === 0 ? (
          <>
            <p>You have not reported any events yet.</p>
            <p>
              <Link to="/report/event">Report a patient safety event</Link>
            </p>
          </>
        ) : (
          <>
            <p>
              {result.data.totalItems} report{result.data.totalItems === 1 ? '' : 's'}, newest first.
            </p>
            <ul className="nhsuk-list">
              {result.data.items.map((e) => (
                <li key={e.id} className="nhsuk-card">
                  <div className="nhsuk-card__content">
                    <h2 className="nhsuk-card__heading nhsuk-heading-s">
                      <Link to={`/my-reports/${e.id}`}>{e.reference}</Link>
                    </h2>
                    <p className="nhsuk-u-margin-bottom-2">
                      <StatusTag status={e.status} />
                    </p>
                    <dl className="nhsuk-summary-list nhsuk-summary-list--no-border nhsuk-u-margin-bottom-0">
                      <OutcomeRows report={e} />
                      <div className="nhsuk-summary-list__row">
                        <dt className="nhsuk-summary-list__key">Reported</dt>
                        <dd className="nhsuk-summary-list__value">{formatDateTime(e.reportedAt)}</dd>
                      </div>
                      <div className="nhsuk-summary-list__row">
                        <dt className="nhsuk-summary-list__key">Occurred</dt>
                        <dd className="nhsuk-summary-list__value">{formatDateTime(e.occurredAt)}</dd>
                      </div>
                      <div className="nhsuk-summary-list__row">
                        <dt className="nhsuk-summary-list__key">What</dt>
                        <dd className="nhsuk-summary-list__value">
                          {EVENT_TYPE_TEXT[e.eventType] ?? e.eventType}: {e.category.display}
                        </dd>
                      </div>
                      <div className="nhsuk-summary-list__row">
                        <dt className="nhsuk-summary-list__key">Where</dt>
                        <dd className="nhsuk-summary-list__value">{e.location.name}</dd>
                      </div>
                    </dl>
                  </div>
                </li>
              ))}
            </ul>
            <Pagination
              page={page}
              totalPages={result.data.totalPages}
              hrefFor={(p) => `/my-reports?page=${p}`}
            />
          </>
        ))}
    </>
  );
}

export function MyReportPage({ id }: { id: string }) {
  const { api } = useAuth();
  const result = useLoad(
    async () => {
      const [event, taxonomy] = await Promise.all([
        call(api.GET('/api/v1/events/{eventId}', { params: { path: { eventId: id } } })),
        call(api.GET('/api/v1/reference/taxonomy')).catch((): Taxonomy | undefined => undefined),
      ]);
      return { event, taxonomy };
    },
    [api, id],
  );
  usePageTitle(result.state === 'ok' ? `Report ${result.data.event.reference}` : 'Your report');
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  const { event, taxonomy } = result.data;
  return (
    <>
      <BackLink to="/my-reports">My reports</BackLink>
      <h1>
        <span className="nhsuk-caption-l">Your report</span>
        {event.reference}
      </h1>
      <h2>What happens to your report</h2>
      <dl className="nhsuk-summary-list">
        <OutcomeRows report={event} detail />
      </dl>
      <h2>What you reported</h2>
      <EventSummaryList event={event} taxonomy={taxonomy} />
      <h2>What has happened since</h2>
      <EventHistory event={event} />
    </>
  );
}
