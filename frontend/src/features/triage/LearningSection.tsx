import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import type { EventDetail } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/AuthContext';
import { Textarea } from '../../shared/components/fields';
import { formatDateTime } from '../../shared/components/format';
import { MultilineText } from '../../shared/components/misc';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import type { SectionProps } from './sections';

const LEARNING_ID = 'learning';
const MAX_LEARNING = 4000;

/** What was shared with the reporter before, if anything. */
export function SharedLearning({ event }: { event: EventDetail }) {
  const learning = event.outcome?.learning;
  if (!learning) return <p>Nothing has been shared with the reporter yet.</p>;
  return (
    <>
      <p>
        Shared with the reporter{event.outcome?.learningSharedAt ? ` on ${formatDateTime(event.outcome.learningSharedAt)}` : ''}:
      </p>
      <div className="nhsuk-inset-text">
        <p>
          <MultilineText text={learning} />
        </p>
      </div>
    </>
  );
}

/** Tells the reporter what was learnt; they are notified in the app and read it as written. */
export function LearningSection({ event, onSaved, onReload, onProblem }: SectionProps) {
  const { api } = useAuth();
  const [learning, setLearning] = useState(event.outcome?.learning ?? '');
  const s = useSubmit(wordsFor(() => LEARNING_ID, 'You do not have access to share learning with reporters.'));
  const problem = hasProblem(s.problem);
  useEffect(() => onProblem(problem), [problem, onProblem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = learning.trim();
    const wrong = !text
      ? 'Enter what was learnt'
      : text.length > MAX_LEARNING
        ? 'What was learnt must be 4,000 characters or fewer'
        : null;
    await s.run(() => (wrong ? [{ id: LEARNING_ID, message: wrong }] : []), async () => {
      const updated = await call(
        api.PUT('/api/v1/events/{eventId}/feedback', {
          params: { path: { eventId: event.id } },
          body: { version: event.version, learning: text },
        }),
      );
      onSaved(updated, 'Shared with the reporter. They are told in the app and see it with their report.');
    });
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="learning-heading">
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="learning-problem" conflict={changedWhileWorking('event', onReload)} />
      <Textarea
        id={LEARNING_ID}
        label="What was learnt"
        hint="The reporter sees this exactly as you write it. Do not name anyone: no patients, relatives or staff."
        rows={5}
        value={learning}
        onChange={setLearning}
        maxLength={MAX_LEARNING}
        error={s.fieldErrors[LEARNING_ID]}
      />
      <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
        Share with the reporter
      </button>
    </form>
  );
}
