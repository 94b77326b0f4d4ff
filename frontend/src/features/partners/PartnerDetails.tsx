import { formatDate, formatDateTime } from '../../shared/components/format';
import { SummaryList } from '../../shared/components/misc';
import { SupervisionTag, dueText } from './text';
import type { Partner } from './types';

/** The register entry in a summary list: who supports the partner, when, where they are involved, supervision. */
export function PartnerSummaryList({ partner, supporterLabel = 'Named supporting individual' }: { partner: Partner; supporterLabel?: string }) {
  return (
    <SummaryList
      rows={[
        { key: supporterLabel, value: partner.supporter.jobRole ? `${partner.supporter.name} (${partner.supporter.jobRole})` : partner.supporter.name },
        { key: 'Start date', value: formatDate(partner.startedOn) },
        { key: 'End date', value: partner.endedOn ? formatDate(partner.endedOn) : 'No end date' },
        {
          key: 'Areas of involvement',
          value: partner.areas.length ? (
            <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
              {partner.areas.map((a) => (
                <li key={a.code}>{a.display}</li>
              ))}
            </ul>
          ) : (
            'None recorded'
          ),
        },
        {
          key: 'Supervision',
          value: (
            <>
              <SupervisionTag partner={partner} />
              {partner.current && <> {dueText(partner)}</>}
            </>
          ),
        },
        { key: 'Next session agreed', value: partner.nextSessionOn ? formatDate(partner.nextSessionOn) : 'None agreed' },
      ]}
    />
  );
}

/** The supervision sessions, newest first; a partner's own list has no notes (the team's, which may identify people). */
export function SessionList({ partner, withNotes = true }: { partner: Partner; withNotes?: boolean }) {
  if (partner.sessions.length === 0) return <p>No supervision sessions have been recorded yet.</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {partner.sessions.map((s) => (
        <li key={s.id}>
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">{formatDate(s.heldOn)}</h3>
          <SummaryList
            noBorder
            rows={[
              { key: 'With', value: s.with.name },
              ...(withNotes ? [{ key: 'Notes', value: s.notes ?? 'None' }] : []),
              { key: 'Next session', value: s.nextSessionOn ? formatDate(s.nextSessionOn) : 'Not agreed' },
              { key: 'Recorded', value: `${formatDateTime(s.recordedAt)}${s.recordedBy ? ` by ${s.recordedBy}` : ''}` },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
