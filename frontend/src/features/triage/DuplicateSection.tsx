import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { TextInput } from '../../shared/components/fields';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { normaliseReference, referenceProblem } from './duplicate';
import type { SectionProps } from './sections';

const REFERENCE_ID = 'duplicate-reference';

/** Closes the event as a duplicate of an original one (only while it is open and has no decision). */
export function DuplicateSection({ event, onSaved, onReload, onProblem }: SectionProps) {
  const { api } = useAuth();
  const [reference, setReference] = useState('');
  // Every refusal of the service (unknown, same event, already closed) is about the reference typed here.
  const s = useSubmit(wordsFor(() => REFERENCE_ID, 'You do not have access to mark events as duplicates.'));
  const problem = hasProblem(s.problem);
  useEffect(() => onProblem(problem), [problem, onProblem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const wrong = referenceProblem(reference, event.reference);
    await s.run(() => (wrong ? [{ id: REFERENCE_ID, message: wrong }] : []), async () => {
      const updated = await call(
        api.PUT('/api/v1/events/{eventId}/duplicate', {
          params: { path: { eventId: event.id } },
          body: { version: event.version, duplicateOfReference: normaliseReference(reference) },
        }),
      );
      onSaved(updated, `Marked as a duplicate of ${updated.duplicateOf?.reference ?? normaliseReference(reference)}. The event is closed.`);
    });
  };

  return (
    <section aria-labelledby="duplicate-heading">
      <h2 id="duplicate-heading">Mark as a duplicate</h2>
      <p>If this event was already reported, close it and point to the original report. Nothing else is done with a duplicate.</p>
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="duplicate-problem" conflict={changedWhileWorking('event', onReload)} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="duplicate-heading">
        <TextInput
          id={REFERENCE_ID}
          label="Reference of the original event"
          hint="For example, PSE-2026-000120"
          width={10}
          value={reference}
          onChange={setReference}
          spellCheck={false}
          error={s.fieldErrors[REFERENCE_ID]}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={s.saving} aria-disabled={s.saving}>
          Close as a duplicate
        </button>
      </form>
    </section>
  );
}
