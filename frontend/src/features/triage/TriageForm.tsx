import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import type { EventStatus, Taxonomy } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/AuthContext';
import { Select, Textarea, type FieldMessage } from '../../shared/components/fields';
import { STATUS_TEXT } from '../../shared/components/format';
import { SaveProblemSummary } from '../../shared/components/SaveProblemSummary';
import { fieldErrorsOf, saveProblemFrom, type SaveProblem } from '../../shared/components/saveProblem';
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
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [submits, setSubmits] = useState(0);
  useEffect(() => onProblem(problem !== null), [problem, onProblem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmits((s) => s + 1);
    const errs: FieldMessage[] = [];
    if (!status) errs.push({ id: FIELD_IDS.status, message: 'Select a status' });
    if (!category) errs.push({ id: FIELD_IDS.categoryCode, message: 'Select a category' });
    if (!physical) errs.push({ id: FIELD_IDS.physicalHarm, message: 'Select the level of physical harm' });
    if (!psychological) errs.push({ id: FIELD_IDS.psychologicalHarm, message: 'Select the level of psychological harm' });
    if (note.trim().length > 2000) errs.push({ id: FIELD_IDS.note, message: 'Note must be 2,000 characters or fewer' });
    setProblem(errs.length ? { kind: 'fields', errors: errs } : null);
    if (errs.length) return;
    setSaving(true);
    try {
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
    } catch (err) {
      setProblem(
        saveProblemFrom(err, (f) => FIELD_IDS[f] ?? FIELD_IDS.status, 'You do not have access to change the triage of this event.'),
      );
    } finally {
      setSaving(false);
    }
  };

  const map = fieldErrorsOf(problem);
  return (
    <section aria-labelledby="triage-heading">
      <h2 id="triage-heading">Triage</h2>
      <SaveProblemSummary problem={problem} focusKey={submits} titleId="triage-problem" what="event" onReload={onReload} />
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
        <button className="nhsuk-button" type="submit" disabled={saving} aria-disabled={saving}>
          Save triage
        </button>
      </form>
    </section>
  );
}
