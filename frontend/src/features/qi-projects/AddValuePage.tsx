import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { fromDateParts, isEmptyDate, NO_DATE, todayInUk, type DateParts } from '../../shared/components/dateParts';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Checkbox, TextInput, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';

const FIELD = { date: 'value-date', value: 'value-value', note: 'value-note', astronomical: 'value-astronomical' };

export interface ValueDraft {
  date: DateParts;
  value: string;
  note: string;
  astronomical: boolean;
}

export function validateValue(d: ValueDraft, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const date = fromDateParts(d.date);
  if (isEmptyDate(d.date)) errors.push({ id: `${FIELD.date}-day`, message: 'Enter the date of the value' });
  else if (!date) errors.push({ id: `${FIELD.date}-day`, message: 'The date must be a real date' });
  else if (date > today) errors.push({ id: `${FIELD.date}-day`, message: 'The date must be today or in the past' });
  if (!d.value.trim()) errors.push({ id: FIELD.value, message: 'Enter the value' });
  else if (!Number.isFinite(Number(d.value))) errors.push({ id: FIELD.value, message: 'The value must be a number, like 4 or 12.5' });
  if (d.note.length > 500) errors.push({ id: FIELD.note, message: 'Keep the note to 500 characters or fewer' });
  return errors;
}

/** The API names the point (`points[0].date`); this page sends one. */
export function valueFieldId(field: string): string {
  if (field.endsWith('.date')) return `${FIELD.date}-day`;
  if (field.endsWith('.note')) return FIELD.note;
  return FIELD.value;
}

/** Adds one value to a measure's run chart, with a note pinned to it and the team's astronomical flag. */
export function AddValuePage({ projectId, measureId }: { projectId: string; measureId: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [d, setD] = useState<ValueDraft>({ date: NO_DATE, value: '', note: '', astronomical: false });
  const set = (change: Partial<ValueDraft>) => setD((old) => ({ ...old, ...change }));
  const save = useSubmit(wordsFor(valueFieldId, 'Only the project’s team, its coaches or the improvement advisor add values.'));
  const back = `/qi-projects/${projectId}/measures/${measureId}`;
  const submit = save.handle(
    () => validateValue(d, todayInUk()),
    async () => {
      await call(
        api.POST('/api/v1/qi-projects/{projectId}/measures/{measureId}/data-points', {
          params: { path: { projectId, measureId } },
          body: { points: [{ date: fromDateParts(d.date) ?? '', value: Number(d.value), astronomical: d.astronomical, ...(d.note.trim() ? { note: d.note.trim() } : {}) }] },
        }),
      );
      navigate(back);
    },
  );
  usePageTitle('Add a value', hasProblem(save.problem));
  const e = save.fieldErrors;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>The run chart</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="value-problem" />
        <h1>Add a value</h1>
        <form noValidate onSubmit={(ev) => void submit(ev)} aria-label="New value">
          <DateInput id={FIELD.date} legend="Date" value={d.date} onChange={(date) => set({ date })} error={e[`${FIELD.date}-day`]} />
          <TextInput id={FIELD.value} label="Value" width={5} inputMode="text" value={d.value} onChange={(value) => set({ value })} error={e[FIELD.value]} />
          <TextInput id={FIELD.note} label="Note (optional)" hint="Pinned to this value on the chart, for example what changed that week" value={d.note} onChange={(note) => set({ note })} error={e[FIELD.note]} />
          <Checkbox
            id={FIELD.astronomical}
            label="This is an astronomical point"
            hint="A value the team agrees is obviously different from all the others"
            checked={d.astronomical}
            onChange={(astronomical) => set({ astronomical })}
          />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Add the value
          </button>
        </form>
      </div>
    </div>
  );
}
