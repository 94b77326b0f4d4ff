import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import type { EventStatus, Taxonomy } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/AuthContext';
import { Select, Textarea, type FieldMessage } from '../../shared/components/fields';
import { STATUS_TEXT } from '../../shared/components/format';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import type { SectionProps } from './sections';

const FIELD_IDS: Record<string, string> = {
  status: 'triage-status',
  categoryCode: 'triage-category',
  physicalHarm: 'triage-physicalHarm',
  psychologicalHarm: 'triage-psychologicalHarm',
  note: 'triage-note',
};

/** Status, category and harm of the event, saved with the version read. */
export function TriageForm({ event, taxonomy, onSaved, onReload, onProblem }: SectionProps & { taxonomy: Taxonomy }) {
  const { api } = useAuth();
  const [status, setStatus] = useState<string>(event.status);
  const [category, setCategory] = useState(event.category.code);
  const [physical, setPhysical] = useState(event.physicalHarm.code);
  const [psychological, setPsychological] = useState(event.psychologicalHarm.code);
  const [note, setNote] = useState('');
  const s = useSubmit(wordsFor((f) => FIELD_IDS[f] ?? FIELD_IDS.status, 'You do not have access to change the triage of this event.'));
  const problem = hasProblem(s.problem);
  useEffect(() => onProblem(problem), [problem, onProblem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldMessage[] = [];
    if (!status) errs.push({ id: FIELD_IDS.status, message: 'Select a status' });
    if (!category) errs.push({ id: FIELD_IDS.categoryCode, message: 'Select a category' });
    if (!physical) errs.push({ id: FIELD_IDS.physicalHarm, message: 'Select the level of physical harm' });
    if (!psychological) errs.push({ id: FIELD_IDS.psychologicalHarm, message: 'Select the level of psychological harm' });
    if (note.trim().length > 2000) errs.push({ id: FIELD_IDS.note, message: 'Note must be 2,000 characters or fewer' });
    await s.run(() => errs, async () => {
      const updated = await call(
        api.PUT('/api/v1/events/{eventId}/triage', {
          params: { path: { eventId: event.id } },
          body: {
            version: event.version,
            status: status as EventStatus,
            categoryCode: category,
            physicalHarm: Number(physical),
            psychologicalHarm: Number(psychological),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      );
      onSaved(updated, 'Triage saved.');
    });
  };

  const map = s.fieldErrors;
  return (
    <section aria-labelledby="triage-heading">
      <h2 id="triage-heading">Triage</h2>
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="triage-problem" conflict={changedWhileWorking('event', onReload)} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="triage-heading">
        <Select
          id={FIELD_IDS.status}
          label="Status"
          value={status}
          onChange={setStatus}
          options={Object.entries(STATUS_TEXT).map(([value, text]) => ({ value, text }))}
          error={map[FIELD_IDS.status]}
        />
        <Select
          id={FIELD_IDS.categoryCode}
          label="Category"
          value={category}
          onChange={setCategory}
          options={taxonomy.categories.map((c) => ({ value: c.code, text: c.display }))}
          error={map[FIELD_IDS.categoryCode]}
        />
        <Select
          id={FIELD_IDS.physicalHarm}
          label="Physical harm"
          value={physical}
          onChange={setPhysical}
          options={taxonomy.physicalHarm.map((c) => ({ value: c.code, text: c.display }))}
          error={map[FIELD_IDS.physicalHarm]}
        />
        <Select
          id={FIELD_IDS.psychologicalHarm}
          label="Psychological harm"
          value={psychological}
          onChange={setPsychological}
          options={taxonomy.psychologicalHarm.map((c) => ({ value: c.code, text: c.display }))}
          error={map[FIELD_IDS.psychologicalHarm]}
        />
        <Textarea
          id={FIELD_IDS.note}
          label="Note"
          hint="Optional. Why you made these changes; it is kept in the history."
          rows={4}
          value={note}
          onChange={setNote}
          maxLength={2000}
          error={map[FIELD_IDS.note]}
        />
        <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
          Save triage
        </button>
      </form>
    </section>
  );
}
