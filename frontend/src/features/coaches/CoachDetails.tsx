import { formatDate, formatDateTime } from '../../shared/components/format';
import { SummaryList } from '../../shared/components/misc';
import { KIND_TEXT, SupervisionTag, WORK_KIND_TEXT, dueText, hoursText } from './text';
import type { Coach } from './types';

/** The register entry in a summary list: kind, directorate, dates, hours and supervision at a glance. */
export function CoachSummaryList({ coach }: { coach: Coach }) {
  return (
    <SummaryList
      rows={[
        { key: 'Kind of coach', value: KIND_TEXT[coach.kind] },
        { key: 'Directorate', value: coach.directorate?.name ?? 'Not recorded' },
        { key: 'Start date', value: formatDate(coach.startedOn) },
        { key: 'End date', value: coach.endedOn ? formatDate(coach.endedOn) : 'No end date' },
        { key: 'Hours coached', value: hoursText(coach.minutesCoached) },
        {
          key: 'Supervision',
          value: (
            <>
              <SupervisionTag coach={coach} />
              {coach.current && <> {dueText(coach)}</>}
            </>
          ),
        },
        { key: 'Next session agreed', value: coach.nextSessionOn ? formatDate(coach.nextSessionOn) : 'None agreed' },
      ]}
    />
  );
}

/** The teams, people and projects the coach works with, as coaching and QI projects record them. */
export function WorkList({ coach }: { coach: Coach }) {
  if (coach.work.length === 0) return <p>No coaching or QI projects are recorded for this coach yet.</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {coach.work.map((w) => (
        <li key={`${w.kind}-${w.id}`}>
          <strong>{w.title}</strong>
          <br />
          <span className="nhsuk-u-secondary-text-colour">
            {WORK_KIND_TEXT[w.kind] ?? w.kind}
            {w.minutesCoached > 0 && `, ${hoursText(w.minutesCoached)} recorded`}
            {w.active ? '' : ', finished'}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Supervision sessions, newest first; notes only for the coach and the advisor who held the session. */
export function SessionList({ coach }: { coach: Coach }) {
  if (coach.sessions.length === 0) return <p>No supervision sessions have been recorded yet.</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {coach.sessions.map((s) => (
        <li key={s.id}>
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">{formatDate(s.heldOn)}</h3>
          <SummaryList
            noBorder
            rows={[
              { key: 'Improvement advisor', value: s.advisor.name },
              {
                key: 'Notes',
                value: s.notesWithheld ? 'Only the coach and the advisor who held the session can read the notes.' : (s.notes ?? 'None'),
              },
              { key: 'Next session', value: s.nextSessionOn ? formatDate(s.nextSessionOn) : 'Not agreed' },
              { key: 'Recorded', value: `${formatDateTime(s.recordedAt)}${s.recordedBy ? ` by ${s.recordedBy}` : ''}` },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}
