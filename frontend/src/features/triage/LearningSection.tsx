import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import type { EventDetail } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/AuthContext';
import { Textarea } from '../../shared/components/fields';
import { formatDateTime } from '../../shared/components/format';
import { MultilineText } from '../../shared/components/misc';
import { SaveProblemSummary } from '../../shared/components/SaveProblemSummary';
import { fieldErrorsOf, saveProblemFrom, type SaveProblem } from '../../shared/components/saveProblem';
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
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [submits, setSubmits] = useState(0);
  useEffect(() => onProblem(problem !== null), [problem, onProblem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmits((s) => s + 1);
    const text = learning.trim();
    const wrong = !text
      ? 'Enter what was learnt'
      : text.length > MAX_LEARNING
        ? 'What was learnt must be 4,000 characters or fewer'
        : null;
    setProblem(wrong ? { kind: 'fields', errors: [{ id: LEARNING_ID, message: wrong }] } : null);
    if (wrong) return;
    setSaving(true);
    try {
      const updated = await call(
        api.PUT('/api/v1/events/{eventId}/feedback', {
          params: { path: { eventId: event.id } },
          body: { version: event.version, learning: text },
        }),
      );
      onSaved(updated, 'Shared with the reporter. They are told in the app and see it with their report.');
    } catch (err) {
      setProblem(saveProblemFrom(err, () => LEARNING_ID, 'You do not have access to share learning with reporters.'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="learning-heading">
      <SaveProblemSummary problem={problem} focusKey={submits} titleId="learning-problem" what="event" onReload={onReload} />
      <Textarea
        id={LEARNING_ID}
        label="What was learnt"
        hint="The reporter sees this exactly as you write it. Do not name anyone: no patients, relatives or staff."
        rows={5}
        value={learning}
        onChange={setLearning}
        maxLength={MAX_LEARNING}
        error={fieldErrorsOf(problem)[LEARNING_ID]}
      />
      <button className="nhsuk-button" type="submit" disabled={saving} aria-disabled={saving}>
        Share with the reporter
      </button>
    </form>
  );
}
