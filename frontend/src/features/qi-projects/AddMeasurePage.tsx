import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Radios, TextInput, Textarea, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';

const FIELD = { kind: 'measure-kind', name: 'measure-name', definition: 'measure-definition', unit: 'measure-unit', direction: 'measure-direction', baselinePoints: 'measure-baseline' };

export function validateMeasure(d: Record<keyof typeof FIELD, string>): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.kind) errors.push({ id: FIELD.kind, message: 'Select the kind of measure' });
  if (!d.name.trim()) errors.push({ id: FIELD.name, message: 'Enter the measure’s name' });
  if (!d.definition.trim()) errors.push({ id: FIELD.definition, message: 'Enter how the measure is defined' });
  if (!d.unit.trim()) errors.push({ id: FIELD.unit, message: 'Enter the unit' });
  if (!d.direction) errors.push({ id: FIELD.direction, message: 'Select which direction is an improvement' });
  const baseline = d.baselinePoints.trim();
  if (baseline && (!/^\d+$/.test(baseline) || Number(baseline) < 10 || Number(baseline) > 100))
    errors.push({ id: FIELD.baselinePoints, message: 'Enter a whole number from 10 to 100, or leave it empty' });
  return errors;
}

/** Adds an outcome, process or balancing measure to a project. */
export function AddMeasurePage({ projectId }: { projectId: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [d, setD] = useState({ kind: '', name: '', definition: '', unit: '', direction: '', baselinePoints: '' });
  const set = (change: Partial<typeof d>) => setD((old) => ({ ...old, ...change }));
  const save = useSubmit(placedBy(FIELD, 'Only the project’s team, its coaches or the improvement advisor add measures.'));
  const submit = save.handle(
    () => validateMeasure(d),
    async () => {
      const project = await call(
        api.POST('/api/v1/qi-projects/{projectId}/measures', {
          params: { path: { projectId } },
          body: {
            kind: d.kind,
            name: d.name.trim(),
            definition: d.definition.trim(),
            unit: d.unit.trim(),
            direction: d.direction,
            ...(d.baselinePoints.trim() ? { baselinePoints: Number(d.baselinePoints) } : {}),
          },
        }),
      );
      const added = project.measures.at(-1);
      navigate(added ? `/qi-projects/${projectId}/measures/${added.id}` : `/qi-projects/${projectId}`);
    },
  );
  usePageTitle('Add a measure', hasProblem(save.problem));
  const e = save.fieldErrors;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/qi-projects/${projectId}`}>The project</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="measure-problem" />
        <h1>Add a measure</h1>
        <form noValidate onSubmit={(ev) => void submit(ev)} aria-label="New measure">
          <Radios
            id={FIELD.kind}
            legend="What kind of measure is it?"
            value={d.kind}
            onChange={(kind) => set({ kind })}
            error={e[FIELD.kind]}
            options={[
              { value: 'outcome', text: 'Outcome', hint: 'Shows whether the aim is being met' },
              { value: 'process', text: 'Process', hint: 'Shows whether the changes are being carried out' },
              { value: 'balancing', text: 'Balancing', hint: 'Shows whether the changes cause problems elsewhere' },
            ]}
          />
          <TextInput id={FIELD.name} label="Name" value={d.name} onChange={(name) => set({ name })} error={e[FIELD.name]} />
          <Textarea id={FIELD.definition} label="Definition" hint="What is counted, and how" rows={3} value={d.definition} onChange={(definition) => set({ definition })} error={e[FIELD.definition]} />
          <TextInput id={FIELD.unit} label="Unit" hint="For example, doses a week" width={20} value={d.unit} onChange={(unit) => set({ unit })} error={e[FIELD.unit]} />
          <Radios
            id={FIELD.direction}
            legend="Which direction is an improvement?"
            value={d.direction}
            onChange={(direction) => set({ direction })}
            error={e[FIELD.direction]}
            options={[
              { value: 'increase', text: 'Higher is better' },
              { value: 'decrease', text: 'Lower is better' },
            ]}
          />
          <TextInput
            id={FIELD.baselinePoints}
            label="Values in the baseline (optional)"
            hint="How many of the first values make the baseline, at least 10. Leave empty to use every value."
            width={3}
            inputMode="numeric"
            value={d.baselinePoints}
            onChange={(baselinePoints) => set({ baselinePoints })}
            error={e[FIELD.baselinePoints]}
          />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Add the measure
          </button>
        </form>
      </div>
    </div>
  );
}
