import type { EventDetail, Taxonomy } from '../../api/types';
import { EVENT_TYPE_TEXT, STATUS_TEXT, formatDate, formatDateTime, formatNhsNumber } from '../format';
import { MultilineText, StatusTag, SummaryList, type SummaryRow } from '../misc';

function display(codes: Taxonomy[keyof Taxonomy] | undefined, value?: number | null): string {
  if (value === undefined || value === null) return '';
  return codes?.find((c) => c.code === String(value))?.display ?? String(value);
}

/** What was reported, as a summary list; identifiable parts only when the API sent them. */
export function EventSummaryList({ event: e, taxonomy }: { event: EventDetail; taxonomy?: Taxonomy }) {
  const rows: SummaryRow[] = [
    { key: 'Reference', value: e.reference },
    { key: 'Status', value: <StatusTag status={e.status} /> },
    { key: 'Reported', value: formatDateTime(e.reportedAt) },
    { key: 'Occurred', value: formatDateTime(e.occurredAt) },
    { key: 'Kind of event', value: EVENT_TYPE_TEXT[e.eventType] ?? e.eventType },
    { key: 'Location', value: `${e.location.name} – ${e.location.service} (${e.location.directorate})` },
    { key: 'Category', value: e.category.display },
    { key: 'Physical harm', value: e.physicalHarm.display },
    { key: 'Psychological harm', value: e.psychologicalHarm.display },
  ];
  if (e.identifiable) {
    rows.push({ key: 'Reported by', value: e.anonymous ? 'Anonymous' : (e.reporterName ?? '') });
    rows.push({ key: 'What happened', value: e.whatHappened ? <MultilineText text={e.whatHappened} /> : '' });
    rows.push({ key: 'Immediate actions taken', value: e.immediateActions ? <MultilineText text={e.immediateActions} /> : 'None given' });
  } else if (e.anonymous) {
    rows.push({ key: 'Reported by', value: 'Anonymous' });
  }
  rows.push({ key: 'Patient involved', value: e.patientInvolved ? 'Yes' : 'No' });
  const p = e.patient;
  if (p) {
    if (p.name !== undefined) rows.push({ key: 'Patient name', value: p.name });
    if (p.nhsNumber !== undefined) rows.push({ key: 'NHS number', value: formatNhsNumber(p.nhsNumber) });
    if (p.dateOfBirth !== undefined) rows.push({ key: 'Date of birth', value: formatDate(p.dateOfBirth) });
    if (p.address !== undefined) rows.push({ key: 'Address', value: p.address ? <MultilineText text={p.address} /> : '' });
    rows.push({ key: 'Age bracket', value: display(taxonomy?.ageBrackets, p.ageBracket) });
    rows.push({ key: 'Gender', value: display(taxonomy?.genders, p.gender) });
    rows.push({ key: 'Ethnicity', value: display(taxonomy?.ethnicities, p.ethnicity) });
  }
  if (e.staffInvolved) {
    rows.push({
      key: 'Staff involved',
      value: e.staffInvolved.length ? (
        <ul className="nhsuk-list">
          {e.staffInvolved.map((s, i) => (
            <li key={i}>
              {s.role}
              {s.name ? ` (${s.name})` : ''}
              {s.staffType !== undefined ? ` – ${display(taxonomy?.staffTypes, s.staffType)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        'None given'
      ),
    });
  }
  return <SummaryList rows={rows} />;
}

export function EventHistory({ event }: { event: EventDetail }) {
  if (!event.history.length) return <p>No changes yet.</p>;
  return (
    <ol className="nhsuk-list">
      {event.history.map((h, i) => (
        <li key={i} className="nhsuk-u-margin-bottom-3">
          <strong>{STATUS_TEXT[h.status] ?? h.status}</strong> – {formatDateTime(h.at)} by {h.by}
          {h.note && (
            <>
              <br />
              <MultilineText text={h.note} />
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
