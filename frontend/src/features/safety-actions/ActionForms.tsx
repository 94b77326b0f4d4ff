import { useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { fromDateParts, isEmptyDate, NO_DATE, toDateParts, todayInUk, type DateParts } from '../../shared/components/dateParts';
import { Radios, Textarea, type FieldMessage } from '../../shared/components/fields';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { EFFECTIVENESS_TEXT, PROGRESS_STATUS_TEXT } from './text';
import type { ProgressStatus, SafetyAction, SafetyActionEffectiveness } from './types';
import { useActionSave, type ActionSave } from './useActionSave';

interface Props {
  action: SafetyAction;
  onSaved: (next: SafetyAction) => void;
  onReload: () => void;
}

/** The statuses a progress update may move the action to from where it stands (as the API allows). */
export function progressChoices(status: SafetyAction['summary']['status']): ProgressStatus[] {
  if (status === 'proposed') return ['cancelled'];
  if (status === 'completed') return ['in-progress', 'completed'];
  if (status === 'cancelled') return [];
  return ['in-progress', 'completed', 'cancelled'];
}

const PROGRESS_IDS: Record<string, string> = { status: 'progress-status', note: 'progress-note' };
const REVIEW_IDS: Record<string, string> = { reviewedOn: 'review-date-day', outcome: 'review-outcome', evidence: 'review-evidence', nextReviewOn: 'review-next-day' };

/** A progress update by the owner or the team: what has happened and where the action now stands. */
export function ProgressForm({ action, onSaved, onReload }: Props) {
  const { api } = useAuth();
  const [status, setStatus] = useState('');
  const [note, setNote] = useState('');
  const s = useActionSave('Only the owner of the action and the patient safety team may record progress on it.', PROGRESS_IDS);
  const choices = progressChoices(action.summary.status);
  const err = s.fieldErrors;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = await s.run(
      () => {
        const errors: FieldMessage[] = [];
        if (!status) errors.push({ id: PROGRESS_IDS.status, message: 'Select where the action now stands' });
        if (!note.trim()) errors.push({ id: PROGRESS_IDS.note, message: 'Enter what has happened' });
        if (note.length > 4000) errors.push({ id: PROGRESS_IDS.note, message: 'The note must be 4000 characters or fewer' });
        return errors;
      },
      () =>
        call(
          api.POST('/api/v1/safety-actions/{actionId}/progress', {
            params: { path: { actionId: action.summary.id } },
            body: { version: action.version, note: note.trim(), status: status as ProgressStatus },
          }),
        ),
    );
    if (next) {
      setStatus('');
      setNote('');
      onSaved(next);
    }
  };
  return (
    <section aria-labelledby="progress">
      <h2 id="progress" tabIndex={-1}>
        Record progress
      </h2>
      <Problems s={s} titleId="progress-problem-title" onReload={onReload} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Radios
          id="progress-status"
          legend="Where does the action stand now?"
          legendSize="s"
          value={status}
          onChange={setStatus}
          error={err['progress-status']}
          options={choices.map((c) => ({ value: c, text: PROGRESS_STATUS_TEXT[c] }))}
        />
        <Textarea id="progress-note" label="What has happened?" value={note} onChange={setNote} error={err['progress-note']} maxLength={4000} rows={4} />
        <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
          Save progress
        </button>
      </form>
    </section>
  );
}

/** An effectiveness review (policy §15.1): periodic, typically annual, with the evidence for the outcome. */
export function ReviewForm({ action, onSaved, onReload }: Props) {
  const { api } = useAuth();
  const [reviewedOn, setReviewedOn] = useState<DateParts>(() => toDateParts(todayInUk()));
  const [outcome, setOutcome] = useState('');
  const [evidence, setEvidence] = useState('');
  const [nextOn, setNextOn] = useState<DateParts>(NO_DATE);
  const s = useActionSave('You do not have permission to review this action.', REVIEW_IDS);
  const err = s.fieldErrors;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const reviewed = fromDateParts(reviewedOn);
    const next = fromDateParts(nextOn);
    const saved = await s.run(
      () => {
        const errors: FieldMessage[] = [];
        if (!reviewed) errors.push({ id: REVIEW_IDS.reviewedOn, message: isEmptyDate(reviewedOn) ? 'Enter the date of the review' : 'The date of the review must be a real date' });
        else if (reviewed > todayInUk()) errors.push({ id: REVIEW_IDS.reviewedOn, message: 'The date of the review cannot be in the future' });
        if (!outcome) errors.push({ id: REVIEW_IDS.outcome, message: 'Select whether the action was effective' });
        if (!evidence.trim()) errors.push({ id: REVIEW_IDS.evidence, message: 'Enter the evidence for the outcome' });
        if (evidence.length > 4000) errors.push({ id: REVIEW_IDS.evidence, message: 'The evidence must be 4000 characters or fewer' });
        if (!isEmptyDate(nextOn) && !next) errors.push({ id: REVIEW_IDS.nextReviewOn, message: 'The next review must be a real date' });
        else if (next && reviewed && next <= reviewed) errors.push({ id: REVIEW_IDS.nextReviewOn, message: 'The next review must be after this review' });
        return errors;
      },
      () =>
        call(
          api.POST('/api/v1/safety-actions/{actionId}/effectiveness-reviews', {
            params: { path: { actionId: action.summary.id } },
            body: {
              version: action.version,
              reviewedOn: reviewed ?? '',
              outcome: outcome as SafetyActionEffectiveness,
              evidence: evidence.trim(),
              ...(next ? { nextReviewOn: next } : {}),
            },
          }),
        ),
    );
    if (saved) {
      setOutcome('');
      setEvidence('');
      setNextOn(NO_DATE);
      onSaved(saved);
    }
  };
  return (
    <section aria-labelledby="review">
      <h2 id="review">Review effectiveness</h2>
      <Problems s={s} titleId="review-problem-title" onReload={onReload} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DateInput id="review-date" legend="Date of the review" value={reviewedOn} onChange={setReviewedOn} error={err['review-date-day']} />
        <Radios
          id="review-outcome"
          legend="Was the action effective?"
          legendSize="s"
          value={outcome}
          onChange={setOutcome}
          error={err['review-outcome']}
          options={(Object.keys(EFFECTIVENESS_TEXT) as SafetyActionEffectiveness[]).map((o) => ({ value: o, text: EFFECTIVENESS_TEXT[o] }))}
        />
        <Textarea id="review-evidence" label="Evidence" hint="What the measures show, and how you know" value={evidence} onChange={setEvidence} error={err['review-evidence']} maxLength={4000} rows={4} />
        <DateInput id="review-next" legend="Next review (optional)" hint="Leave blank for a year after this review" value={nextOn} onChange={setNextOn} error={err['review-next-day']} />
        <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
          Save the review
        </button>
      </form>
    </section>
  );
}

function Problems({ s, titleId, onReload }: { s: ActionSave; titleId: string; onReload: () => void }) {
  return <ErrorSummary problem={s.problem} focusKey={s.submits} titleId={titleId} conflict={changedWhileWorking('safety action', onReload)} />;
}
