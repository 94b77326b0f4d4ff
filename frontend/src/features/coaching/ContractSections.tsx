import { useState } from 'react';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { NO_DATE, fromDateParts, isEmptyDate, todayInUk } from '../../shared/components/dateParts';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { Checkbox, Radios, Select, Textarea } from '../../shared/components/fields';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { SummaryList } from '../../shared/components/misc';
import { SavedNotice } from '../../shared/components/saved-notice';
import { wordsFor, type ProblemWords } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { dayBox } from './coachingForms';
import { hoursText } from './text';
import type { CoachingRecord, Contract, Terms } from './types';

/** A refusal of the change as the contract stands (409 with a reason) is shown as it is; a stale version is a conflict. */
const words = (fieldId: (f: string) => string | null, forbidden: string): ProblemWords => ({
  ...wordsFor(fieldId, forbidden),
  refusedNow: 'This cannot be done as the contract stands',
});

/** The ground rules of 004_* with each side's acceptance, and "I accept" for the signed-in side still to accept. */
export function GroundRules({ contract, terms, onSaved, onReload }: { contract: Contract; terms: Terms; onSaved: (c: Contract) => void; onReload: () => void }) {
  const { api } = useAuth();
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSubmit(words(() => null, 'You do not have a side on this contract.'));
  const toAccept = contract.status === 'draft' && contract.yourSides.some((side) => !(side === 'coach' ? contract.coachAcceptance : contract.coacheeAcceptance).accepted);
  const accept = save.handle(
    () => [],
    async () => {
      const updated = await call(api.POST('/api/v1/coaching/contracts/{contractId}/acceptances', { params: { path: { contractId: contract.id } }, body: { version: contract.version } }));
      onSaved(updated);
      setSaved(updated.status === 'agreed' ? 'Ground rules accepted. Both sides have accepted: the coaching can start.' : 'Ground rules accepted.');
    },
  );
  const acceptance = (a: Contract['coachAcceptance']) => (a.accepted ? `Accepted by ${a.acceptedBy ?? 'them'} on ${formatDateTime(a.acceptedAt)}` : 'Not accepted yet');
  return (
    <section aria-labelledby="ground-rules">
      <h2 id="ground-rules">Ground rules</h2>
      <SavedNotice message={saved} />
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Read the ground rules</span>
        </summary>
        <div className="nhsuk-details__text">
          <dl>
            {terms.groundRules.map((rule) => (
              <div key={rule.code}>
                <dt>
                  <strong>{rule.title}</strong>
                </dt>
                <dd className="nhsuk-u-margin-left-0 nhsuk-u-margin-bottom-3">{rule.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
      <SummaryList
        rows={[
          { key: 'Coach', value: acceptance(contract.coachAcceptance) },
          { key: contract.coacheeKind === 'team' ? 'Team' : 'Coachee', value: acceptance(contract.coacheeAcceptance) },
        ]}
      />
      {contract.status === 'draft' && <p>The coaching cannot start until both sides have accepted the ground rules.</p>}
      {toAccept && (
        <form noValidate onSubmit={(e) => void accept(e)} aria-label="Accept the ground rules">
          <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="accept-problem" conflict={changedWhileWorking('contract', onReload)} />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            I accept the ground rules
          </button>
        </form>
      )}
    </section>
  );
}

function recordSummary(r: CoachingRecord): string {
  if (r.cancelled)
    return `Cancelled by the ${r.cancelledBy ?? 'coach'}${r.rescheduledTo ? `; rearranged by the ${r.rescheduledBy ?? 'coach'} for ${formatDate(r.rescheduledTo)}` : ''}`;
  const how = r.mode === 'email' ? 'E-mail coaching' : `${r.startsAt ?? ''} to ${r.finishesAt ?? ''}`;
  return `${how}, ${hoursText(r.minutes)}`;
}

/** The records of the sessions, with the hours coached and, for the coach, sharing a record with the patient safety team. */
export function Sessions({ contract, onReload }: { contract: Contract; onReload: () => void }) {
  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">Sessions</h2>
      <p>
        {`${hoursText(contract.minutesCoached)} coached in ${contract.sessionsHeld} ${contract.sessionsHeld === 1 ? 'session' : 'sessions'}`}
        {contract.onQiCourse && `, of the 5 hours the QI course needs`}. Cancelled sessions count no time.
      </p>
      {contract.records.length === 0 && <p>No sessions recorded yet.</p>}
      {contract.records.map((r) => (
        <div className="nhsuk-card" key={r.id}>
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-s">{formatDate(r.heldOn)}</h3>
            <p>{recordSummary(r)}</p>
            {!r.cancelled && (
              <SummaryList
                rows={[
                  { key: 'Topic brought', value: r.topic },
                  { key: 'Issues arising', value: r.issuesArising },
                  {
                    key: 'Actions',
                    value: r.actions.length ? (
                      <ul className="nhsuk-list">
                        {r.actions.map((a, i) => (
                          <li key={i}>{`${a.action} (${a.owner})`}</li>
                        ))}
                      </ul>
                    ) : (
                      'None'
                    ),
                  },
                  { key: 'Next meeting', value: r.nextMeetingOn ? formatDate(r.nextMeetingOn) : 'Not set' },
                ]}
              />
            )}
            {r.sharedWithSafetyTeam && <strong className="nhsuk-tag nhsuk-tag--blue">Shared with the patient safety team</strong>}
            {contract.youCoach && <ShareButton contract={contract} record={r} onReload={onReload} />}
          </div>
        </div>
      ))}
    </section>
  );
}

function ShareButton({ contract, record, onReload }: { contract: Contract; record: CoachingRecord; onReload: () => void }) {
  const { api } = useAuth();
  const save = useSubmit(words(() => null, 'Only the coaches of the contract share its records.'));
  const share = save.handle(
    () => [],
    async () => {
      await call(
        api.PUT('/api/v1/coaching/contracts/{contractId}/records/{recordId}/sharing', {
          params: { path: { contractId: contract.id, recordId: record.id } },
          body: { version: record.version, shared: !record.sharedWithSafetyTeam },
        }),
      );
      onReload();
    },
  );
  const label = record.sharedWithSafetyTeam ? 'Stop sharing' : 'Share with the patient safety team';
  return (
    <form noValidate onSubmit={(e) => void share(e)} aria-label={`${label}: session of ${formatDate(record.heldOn)}`}>
      <ErrorSummary problem={save.problem} focusKey={save.submits} titleId={`share-problem-${record.id}`} conflict={changedWhileWorking('record', onReload)} />
      <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-top-3 nhsuk-u-margin-bottom-0" type="submit" disabled={save.saving}>
        {label}
        <span className="nhsuk-u-visually-hidden">{` (session of ${formatDate(record.heldOn)})`}</span>
      </button>
    </form>
  );
}

const REVIEW_FIELD = { heldOn: 'review-heldOn', notes: 'review-notes', carryOn: 'review-carryOn' };

/** The review after four sessions: due and overdue shown; the coach records it and whether the coaching carries on. */
export function Review({ contract, onSaved, onReload }: { contract: Contract; onSaved: (c: Contract) => void; onReload: () => void }) {
  const { api } = useAuth();
  const [heldOn, setHeldOn] = useState({ ...NO_DATE });
  const [notes, setNotes] = useState('');
  const [carryOn, setCarryOn] = useState('');
  const save = useSubmit(words((f) => (f === 'heldOn' ? dayBox(REVIEW_FIELD.heldOn) : f === 'notes' ? REVIEW_FIELD.notes : f === 'carryOn' ? REVIEW_FIELD.carryOn : null), 'Only the coaches of the contract record its review.'));
  const submit = save.handle(
    () => {
      const errors = [];
      const date = fromDateParts(heldOn);
      if (isEmptyDate(heldOn)) errors.push({ id: dayBox(REVIEW_FIELD.heldOn), message: 'Enter the date of the review' });
      else if (!date) errors.push({ id: dayBox(REVIEW_FIELD.heldOn), message: 'The date of the review must be a real date' });
      else if (date > todayInUk()) errors.push({ id: dayBox(REVIEW_FIELD.heldOn), message: 'The review is recorded once it has been held' });
      if (!carryOn) errors.push({ id: REVIEW_FIELD.carryOn, message: 'Say whether the coaching carries on' });
      return errors;
    },
    async () => {
      const updated = await call(
        api.POST('/api/v1/coaching/contracts/{contractId}/review', {
          params: { path: { contractId: contract.id } },
          body: { version: contract.version, heldOn: fromDateParts(heldOn) ?? '', notes: notes.trim() || undefined, carryOn: carryOn === 'yes' },
        }),
      );
      onSaved(updated);
    },
  );
  if (!contract.reviewDue)
    return contract.lastReviewOn ? (
      <section aria-labelledby="review">
        <h2 id="review">Review</h2>
        <SummaryList rows={[{ key: 'Last review', value: formatDate(contract.lastReviewOn) }, { key: 'Notes', value: contract.reviewNotes }]} />
      </section>
    ) : null;
  return (
    <section aria-labelledby="review">
      <h2 id="review">Review</h2>
      <div className="nhsuk-warning-callout">
        <h3 className="nhsuk-warning-callout__label">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            {contract.reviewOverdue ? 'Review overdue' : 'Review due'}
          </span>
        </h3>
        <p>{`The contract is reviewed after 4 sessions. The review is due by ${formatDate(contract.reviewDueBy)}.`}</p>
      </div>
      {contract.youCoach && (
        <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="review-form">
          <h3 id="review-form">Record the review</h3>
          <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="review-problem" conflict={changedWhileWorking('contract', onReload)} />
          <DateInput id={REVIEW_FIELD.heldOn} legend="Date of the review" value={heldOn} onChange={setHeldOn} error={save.fieldErrors[dayBox(REVIEW_FIELD.heldOn)]} />
          <Textarea id={REVIEW_FIELD.notes} label="What was agreed (optional)" rows={3} maxLength={2000} value={notes} onChange={setNotes} error={save.fieldErrors[REVIEW_FIELD.notes]} />
          <Radios
            id={REVIEW_FIELD.carryOn}
            legend="Does the coaching carry on?"
            legendSize="s"
            value={carryOn}
            onChange={setCarryOn}
            error={save.fieldErrors[REVIEW_FIELD.carryOn]}
            options={[
              { value: 'yes', text: 'Yes, carry on' },
              { value: 'no', text: 'No, the coaching ends' },
            ]}
          />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Record the review
          </button>
        </form>
      )}
    </section>
  );
}

/** The QI course's requirements (004_*) tracked, and its completion, refused with fewer than 5 hours coached. */
export function Course({ contract, terms, canEdit, onSaved, onReload }: { contract: Contract; terms: Terms; canEdit: boolean; onSaved: (c: Contract) => void; onReload: () => void }) {
  const { api } = useAuth();
  const course = contract.course;
  const [days, setDays] = useState(String(course?.trainingDaysAttended ?? 0));
  const [poster, setPoster] = useState(course?.posterSubmitted ?? false);
  const [presentation, setPresentation] = useState(course?.presentationGiven ?? false);
  const [complete, setComplete] = useState(Boolean(course?.completedOn));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSubmit({
    ...words((f) => (f === 'trainingDaysAttended' ? 'course-days' : f === 'posterSubmitted' ? 'course-poster' : f === 'presentationGiven' ? 'course-presentation' : f === 'completed' ? 'course-complete' : null), 'You do not have access to the course of this contract.'),
    fieldsOnAnyStatus: true,
  });
  const submit = save.handle(
    () => {
      setSaved(null);
      return [];
    },
    async () => {
      const updated = await call(
        api.PUT('/api/v1/coaching/contracts/{contractId}/course', {
          params: { path: { contractId: contract.id } },
          body: { version: contract.version, trainingDaysAttended: Number(days), posterSubmitted: poster, presentationGiven: presentation, completed: complete },
        }),
      );
      onSaved(updated);
      setSaved('Course progress saved.');
    },
  );
  if (!course) return null;
  return (
    <section aria-labelledby="course">
      <h2 id="course">QI course</h2>
      <p>{terms.courseRequirements.text}</p>
      <SavedNotice message={saved} />
      <SummaryList
        rows={[
          { key: 'Training days', value: `${course.trainingDaysAttended} of ${terms.courseRequirements.trainingDays}` },
          { key: 'Individual coaching', value: `${hoursText(course.minutesCoached)} of ${hoursText(course.minimumCoachingMinutes)}` },
          { key: 'Poster', value: course.posterSubmitted ? 'Submitted' : 'Not yet' },
          { key: 'Presentation', value: course.presentationGiven ? 'Given' : 'Not yet' },
          { key: 'Course', value: course.completedOn ? `Completed on ${formatDate(course.completedOn)}` : 'Not completed' },
        ]}
      />
      {canEdit && (
        <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="course-form">
          <h3 id="course-form">Update the course</h3>
          <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="course-problem" conflict={changedWhileWorking('contract', onReload)} />
          <Select
            id="course-days"
            label="Training days attended"
            options={[0, 1, 2, 3, 4].map((n) => ({ value: String(n), text: String(n) }))}
            value={days}
            onChange={setDays}
            error={save.fieldErrors['course-days']}
          />
          <Checkbox id="course-poster" label="Poster submitted" checked={poster} onChange={setPoster} error={save.fieldErrors['course-poster']} />
          <Checkbox id="course-presentation" label="Presentation given" checked={presentation} onChange={setPresentation} error={save.fieldErrors['course-presentation']} />
          <Checkbox id="course-complete" label="The course is complete" checked={complete} onChange={setComplete} error={save.fieldErrors['course-complete']} />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Save course progress
          </button>
        </form>
      )}
    </section>
  );
}
