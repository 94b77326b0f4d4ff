import { useState, type MouseEvent } from 'react';
import { call } from '../../shared/api/client';
import type { EventDetail, EventDocument } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { saveBlob } from '../../shared/components/download';
import { formatDateTime } from '../../shared/components/format';
import { Loading } from '../../shared/components/states';
import { AddDocumentForm } from './AddDocumentForm';
import { downloadName, formatSize } from './documentFile';

interface Props {
  event: EventDetail;
  canAdd: boolean;
  onProblem: (hasProblem: boolean) => void;
}

/** The documents the panel reviews: the incident report itself first, then those added during triage. */
export function EventDocuments({ event, canAdd, onProblem }: Props) {
  const { api } = useAuth();
  const documents = useLoad(
    () => call(api.GET('/api/v1/events/{eventId}/documents', { params: { path: { eventId: event.id } } })),
    [api, event.id],
  );
  const [added, setAdded] = useState<EventDocument[]>([]);
  const [downloadProblem, setDownloadProblem] = useState<string | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);

  const download = async (e: MouseEvent<HTMLAnchorElement>, doc: EventDocument) => {
    e.preventDefault();
    setDownloadProblem(null);
    try {
      const blob = await call(
        api.GET('/api/v1/events/{eventId}/documents/{documentId}/content', {
          params: { path: { eventId: event.id, documentId: doc.id } },
          parseAs: 'blob',
        }),
      );
      saveBlob(blob, downloadName(doc));
    } catch {
      setDownloadProblem(`"${doc.title}" could not be downloaded. Try again later.`);
    }
  };

  const list = documents.state === 'ok' ? [...documents.data, ...added.filter((a) => !documents.data.some((d) => d.id === a.id))] : [];
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents to review</h2>
      <ul className="nhsuk-list nhsuk-list--border">
        <li>
          <strong>Incident report</strong>: {event.reference}
          <br />
          <span className="nhsuk-u-font-size-16">
            Reported {formatDateTime(event.reportedAt)}
            {event.identifiable && !event.anonymous && event.reporterName ? ` by ${event.reporterName}` : ''}.{' '}
            <a href="#what-was-reported">
              Read the report <span className="nhsuk-u-visually-hidden">{event.reference}</span>
            </a>
          </span>
        </li>
        {list.map((d) => (
          <li key={d.id}>
            <strong>{d.kindDisplay}</strong>: {d.title}
            <br />
            <span className="nhsuk-u-font-size-16">
              Added {formatDateTime(d.addedAt)} by {d.addedBy}. {d.format === 'file' ? (d.fileName ?? 'File') : 'Text'},{' '}
              {formatSize(d.sizeBytes)}.{' '}
              <a href={`/api/v1/events/${event.id}/documents/${d.id}/content`} onClick={(e) => void download(e, d)}>
                Download <span className="nhsuk-u-visually-hidden">{d.title}</span>
              </a>
            </span>
          </li>
        ))}
      </ul>
      {documents.state === 'loading' && <Loading what="Loading the documents" />}
      {documents.state === 'error' && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> The documents could not be loaded. Reload the page to try again.
        </p>
      )}
      {documents.state === 'ok' && list.length === 0 && <p>No chronology, first-hand accounts or other documents yet.</p>}
      {downloadProblem && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {downloadProblem}
        </p>
      )}
      {justAdded && (
        <div className="nhsuk-inset-text" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{justAdded}</p>
        </div>
      )}
      {canAdd && (
        <AddDocumentForm
          eventId={event.id}
          onProblem={onProblem}
          onAdded={(doc) => {
            setAdded((a) => [...a, doc]);
            setJustAdded(`"${doc.title}" added.`);
          }}
        />
      )}
    </section>
  );
}
