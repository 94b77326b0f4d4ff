import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { fromDateParts, isEmptyDate, NO_DATE, type DateParts } from '../../shared/components/dateParts';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Select, TextInput, Textarea, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';

const FIELD = {
  title: 'pdsa-title',
  plan: 'pdsa-plan',
  do: 'pdsa-do',
  study: 'pdsa-study',
  act: 'pdsa-act',
  learnt: 'pdsa-learnt',
  startedOn: 'pdsa-startedOn',
  endedOn: 'pdsa-endedOn',
  measureId: 'pdsa-measure',
};

export interface CycleDraft {
  title: string;
  plan: string;
  do: string;
  study: string;
  act: string;
  learnt: string;
  startedOn: DateParts;
  endedOn: DateParts;
  measureId: string;
}

export function validateCycle(d: CycleDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.title.trim()) errors.push({ id: FIELD.title, message: 'Enter what the cycle tests' });
  if (!d.plan.trim()) errors.push({ id: FIELD.plan, message: 'Enter the plan' });
  const start = fromDateParts(d.startedOn);
  if (isEmptyDate(d.startedOn)) errors.push({ id: `${FIELD.startedOn}-day`, message: 'Enter the date the cycle started' });
  else if (!start) errors.push({ id: `${FIELD.startedOn}-day`, message: 'The start date must be a real date' });
  if (!isEmptyDate(d.endedOn)) {
    const end = fromDateParts(d.endedOn);
    if (!end) errors.push({ id: `${FIELD.endedOn}-day`, message: 'The end date must be a real date' });
    else if (start && end < start) errors.push({ id: `${FIELD.endedOn}-day`, message: 'The end date must be the same as or after the start date' });
  }
  return errors;
}

function cycleFieldId(field: string): string {
  if (field === 'startedOn' || field === 'endedOn') return `${FIELD[field]}-day`;
  if (field === 'doText') return FIELD.do;
  return (FIELD as Record<string, string>)[field] ?? FIELD.title;
}

/** Records a Plan-Do-Study-Act cycle; pinned to the chart of the measure chosen, on the day it started. */
export function PdsaCyclePage({ projectId }: { projectId: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const project = useLoad(() => call(api.GET('/api/v1/qi-projects/{projectId}', { params: { path: { projectId } } })), [api, projectId]);
  const [d, setD] = useState<CycleDraft>({ title: '', plan: '', do: '', study: '', act: '', learnt: '', startedOn: NO_DATE, endedOn: NO_DATE, measureId: '' });
  const set = (change: Partial<CycleDraft>) => setD((old) => ({ ...old, ...change }));
  const save = useSubmit(wordsFor(cycleFieldId, 'Only the project’s team, its coaches or the improvement advisor record PDSA cycles.'));
  const back = `/qi-projects/${projectId}`;
  const submit = save.handle(
    () => validateCycle(d),
    async () => {
      const startedOn = fromDateParts(d.startedOn) ?? '';
      const optional = (key: 'do' | 'study' | 'act' | 'learnt') => (d[key].trim() ? { [key]: d[key].trim() } : {});
      await call(
        api.POST('/api/v1/qi-projects/{projectId}/pdsa-cycles', {
          params: { path: { projectId } },
          body: {
            title: d.title.trim(),
            plan: d.plan.trim(),
            ...optional('do'),
            ...optional('study'),
            ...optional('act'),
            ...optional('learnt'),
            startedOn,
            ...(isEmptyDate(d.endedOn) ? {} : { endedOn: fromDateParts(d.endedOn) ?? '' }),
            ...(d.measureId ? { measureId: d.measureId, pinnedOn: startedOn } : {}),
          },
        }),
      );
      navigate(back);
    },
  );
  usePageTitle('Record a PDSA cycle', hasProblem(save.problem));
  const e = save.fieldErrors;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>The project</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="pdsa-problem" />
        <h1>Record a PDSA cycle</h1>
        {project.state === 'loading' && <Loading />}
        {project.state === 'error' && <ApiErrorView error={project.error} />}
        {project.state === 'ok' && (
          <form noValidate onSubmit={(ev) => void submit(ev)} aria-label="New PDSA cycle">
            <TextInput id={FIELD.title} label="What does the cycle test?" value={d.title} onChange={(title) => set({ title })} error={e[FIELD.title]} />
            <Textarea id={FIELD.plan} label="Plan" hint="What you will do, and what you predict will happen" rows={3} value={d.plan} onChange={(plan) => set({ plan })} error={e[FIELD.plan]} />
            <Textarea id={FIELD.do} label="Do (optional)" hint="What happened when you tried it" rows={3} value={d.do} onChange={(v) => set({ do: v })} error={e[FIELD.do]} />
            <Textarea id={FIELD.study} label="Study (optional)" hint="What the data showed, against your prediction" rows={3} value={d.study} onChange={(study) => set({ study })} error={e[FIELD.study]} />
            <Textarea id={FIELD.act} label="Act (optional)" hint="Adopt, adapt or abandon the change" rows={2} value={d.act} onChange={(act) => set({ act })} error={e[FIELD.act]} />
            <Textarea id={FIELD.learnt} label="What was learnt (optional)" rows={2} value={d.learnt} onChange={(learnt) => set({ learnt })} error={e[FIELD.learnt]} />
            <DateInput id={FIELD.startedOn} legend="Date the cycle started" value={d.startedOn} onChange={(startedOn) => set({ startedOn })} error={e[`${FIELD.startedOn}-day`]} />
            <DateInput id={FIELD.endedOn} legend="Date the cycle ended (optional)" value={d.endedOn} onChange={(endedOn) => set({ endedOn })} error={e[`${FIELD.endedOn}-day`]} />
            {project.data.measures.length > 0 && (
              <Select
                id={FIELD.measureId}
                label="Show it on the run chart of (optional)"
                placeholder="No chart"
                value={d.measureId}
                options={project.data.measures.map((m) => ({ value: m.id, text: m.name }))}
                onChange={(measureId) => set({ measureId })}
                error={e[FIELD.measureId]}
              />
            )}
            <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
              Record the cycle
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
