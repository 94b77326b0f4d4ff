import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import type { EventDetail } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { EventHistory, EventSummaryList } from '../../shared/components/event-details';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { CandourStatusLine } from '../candour/CandourStatusSection';
import { DuplicateSection } from './DuplicateSection';
import { EventDocuments } from './EventDocuments';
import { decisionHrefFor, isOpen } from './eventActions';
import { LearningSection, SharedLearning } from './LearningSection';
import { SavedNotice } from '../../shared/components/saved-notice';
import { TriageForm } from './TriageForm';

type Section = 'triage' | 'duplicate' | 'learning' | 'documents';

/** The working page of one event: what was reported, documents, triage, duplicates, learning shared back. */
export function TriageEventPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const result = useLoad(
    async () => {
      const [event, taxonomy] = await Promise.all([
        call(api.GET('/api/v1/events/{eventId}', { params: { path: { eventId: id } } })),
        call(api.GET('/api/v1/reference/taxonomy')),
      ]);
      return { event, taxonomy };
    },
    [api, id],
  );
  const [event, setEvent] = useState<EventDetail | null>(null);
  const [notice, setNotice] = useState<{ section: Section; message: string } | null>(null);
  const [withProblems, setWithProblems] = useState<Partial<Record<Section, boolean>>>({});
  useEffect(() => setEvent(result.state === 'ok' ? result.data.event : null), [result.state, result.data]);
  usePageTitle(event ? `Event ${event.reference}` : 'Event', Object.values(withProblems).some(Boolean));

  // One stable callback per form, so that a form's effect reporting its problems runs only when they change.
  const problems = useMemo(() => {
    const reporter = (section: Section) => (has: boolean) =>
      setWithProblems((p) => (Boolean(p[section]) === has ? p : { ...p, [section]: has }));
    return { triage: reporter('triage'), duplicate: reporter('duplicate'), learning: reporter('learning'), documents: reporter('documents') };
  }, []);

  if (result.state === 'loading' || (result.state === 'ok' && !event)) return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  if (!event) return <Loading />;
  const canAct = mayCall(me?.roles, 'updateTriage');
  const decisionHref = canAct ? decisionHrefFor(event) : null;
  const noticeFor = (section: Section) => (notice?.section === section ? notice.message : null);
  const savedIn = (section: Section) => (updated: EventDetail, message: string) => {
    setEvent(updated);
    setNotice({ section, message });
  };
  const reload = () => {
    setNotice(null);
    setWithProblems({});
    result.reload();
  };

  return (
    <>
      <BackLink to="/triage">Triage queue</BackLink>
      <h1>
        <span className="nhsuk-caption-l">Event</span>
        {event.reference}
      </h1>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {event.duplicateOf && (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>
                This event is closed. Duplicate of <Link to={`/triage/${event.duplicateOf.id}`}>{event.duplicateOf.reference}</Link>
              </p>
            </div>
          )}
          <SavedNotice message={noticeFor('duplicate')} focus />
          {event.case && (
            <>
              <h2>Case</h2>
              <p>
                This event is reviewed with others in case{' '}
                <Link to={`/cases/${event.case.id}`}>
                  {event.case.reference}: {event.case.title}
                </Link>
                . The panel decides on the case as a whole.
              </p>
            </>
          )}
          {decisionHref && (
            <p>
              <Link className="nhsuk-button" to={decisionHref}>
                Record the panel decision
              </Link>
            </p>
          )}

          <h2 id="what-was-reported" tabIndex={-1}>
            What was reported
          </h2>
          <EventSummaryList event={event} taxonomy={result.data.taxonomy} />

          <EventDocuments event={event} canAdd={canAct} onProblem={problems.documents} />

          <h2>History</h2>
          <EventHistory event={event} />

          <h2>Duty of Candour</h2>
          <CandourStatusLine eventId={event.id} />

          {canAct && (
            <>
              <SavedNotice message={noticeFor('triage')} />
              <TriageForm
                key={event.version}
                event={event}
                taxonomy={result.data.taxonomy}
                onSaved={savedIn('triage')}
                onReload={reload}
                onProblem={problems.triage}
              />
            </>
          )}

          {canAct && isOpen(event) && !event.duplicateOf && (
            <DuplicateSection event={event} onSaved={savedIn('duplicate')} onReload={reload} onProblem={problems.duplicate} />
          )}

          <section aria-labelledby="learning-heading">
            <h2 id="learning-heading">Share what was learnt with the reporter</h2>
            <SharedLearning event={event} />
            <SavedNotice message={noticeFor('learning')} />
            {canAct && (
              <LearningSection
                key={event.version}
                event={event}
                onSaved={savedIn('learning')}
                onReload={reload}
                onProblem={problems.learning}
              />
            )}
          </section>
        </div>
      </div>
    </>
  );
}
