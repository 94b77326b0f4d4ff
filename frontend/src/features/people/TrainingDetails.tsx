import { formatDate } from '../../shared/components/format';
import { Cell, SummaryList, TableHead } from '../../shared/components/misc';
import { QualificationList } from './text';
import type { TrainingRecord } from './types';

const amount = (n: number, unit: string) => `${n} ${unit}`;

/** A training record in words: what is done, what it qualifies for, responses per year and CPD. */
export function TrainingDetails({ record: t }: { record: TrainingRecord }) {
  return (
    <>
      <h2>What they are qualified for</h2>
      <QualificationList qualifications={t.qualifications} />
      <h2>Training record</h2>
      <SummaryList
        rows={[
          { key: 'Level 1 (essentials of patient safety)', value: t.level1CompletedOn ? `Completed ${formatDate(t.level1CompletedOn)}` : 'Not recorded' },
          { key: 'Level 2 (access to practice)', value: t.level2CompletedOn ? `Completed ${formatDate(t.level2CompletedOn)}` : 'Not recorded' },
          { key: 'Formal training in learning from incidents', value: amount(t.learningFromIncidentsDays, 'days') },
          { key: 'Engagement training', value: amount(t.engagementTrainingHours, 'hours') },
          { key: 'Oversight training', value: amount(t.oversightTrainingDays, 'days') },
        ]}
      />
      <h2>Learning responses contributed to</h2>
      {t.responsesByYear.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Learning responses led or joined, by year</caption>
          <TableHead headings={['Year', 'Learning responses']} />
          <tbody className="nhsuk-table__body">
            {t.responsesByYear.map((y) => (
              <tr key={y.year} className="nhsuk-table__row">
                <Cell heading="Year">{y.year}</Cell>
                <Cell heading="Learning responses">{y.count}</Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Training programmes attended</h2>
      {!t.programmesAttended || t.programmesAttended.length === 0 ? (
        <p>No programme sessions attended yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Training programme sessions attended, newest first</caption>
          <TableHead headings={['Programme', 'Session date', 'Hours']} />
          <tbody className="nhsuk-table__body">
            {t.programmesAttended.map((p) => (
              <tr key={p.sessionId} className="nhsuk-table__row">
                <Cell heading="Programme">{p.programmeTitle}</Cell>
                <Cell heading="Session date">{formatDate(p.heldOn)}</Cell>
                <Cell heading="Hours">{p.hours}</Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Continuing professional development</h2>
      {t.cpdEntries.length === 0 ? (
        <p>No CPD recorded yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {t.cpdEntries.map((c) => (
            <li key={c.id}>
              {formatDate(c.completedOn)}: {c.title} ({amount(c.hours, c.hours === 1 ? 'hour' : 'hours')})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
