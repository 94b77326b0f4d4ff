import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { fromDateParts } from '../../shared/components/dateParts';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { formatDate } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';
import { ActionFields } from './ActionFields';
import { actionWords, measuresOf, newActionForm, toActionInput, validateAction, type ActionForm } from './actionForm';
import { SOURCE_TEXT } from './text';
import { textOf, useActionOptions } from './useActionOptions';

/** Propose a safety action: the questions, then a check of the answers before it is saved. */
export function NewActionPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState<ActionForm>(() => newActionForm(params));
  const [checking, setChecking] = useState(false);
  const s = useSubmit(actionWords('You may propose actions only from the learning responses you lead.'));
  const options = useActionOptions(true);
  usePageTitle(checking ? 'Check the safety action before saving it' : 'Propose a safety action', hasProblem(s.problem));
  const set = (change: Partial<ActionForm>) => setForm((f) => ({ ...f, ...change }));
  const err = s.fieldErrors;
  const back = params.get('responseId') ? `/responses/${params.get('responseId')}` : '/actions';

  const toCheck = s.handle(
    () => validateAction(form, true),
    async () => setChecking(true),
  );
  const save = () =>
    s.run(
      NO_CHECKS,
      async () => {
        const created = await call(api.POST('/api/v1/safety-actions', { body: toActionInput(form) }));
        void navigate(`/actions/${created.summary.id}`, { state: { saved: `Safety action ${created.summary.reference} saved.` } });
      },
      // What the service refused is corrected on the questions.
      () => setChecking(false),
    );

  if (checking) {
    const measures = measuresOf(form.measures);
    const due = fromDateParts(form.dueOn);
    const source =
      form.source === 'response'
        ? `Learning response ${textOf(options.responses, form.responseId, '')}`.trim()
        : form.source === 'theme'
          ? `Theme: ${form.theme}`
          : SOURCE_TEXT.plan;
    return (
      <>
        <h1>Check the safety action before saving it</h1>
        <SummaryList
          rows={[
            { key: 'Comes from', value: source },
            { key: 'Title', value: form.title },
            { key: 'Description', value: form.description ? <MultilineText text={form.description} /> : 'None' },
            { key: 'Owner', value: form.ownerPersonId ? textOf(options.owners, form.ownerPersonId, 'Chosen') : 'Not decided yet' },
            { key: 'Measures', value: measures.length ? <MultilineText text={measures.join('\n')} /> : 'None yet' },
            { key: 'Due date', value: due ? formatDate(due) : 'Not set' },
            { key: 'Improvement plan', value: form.planId ? textOf(options.plans, form.planId, 'Chosen') : 'Not part of a plan' },
          ]}
        />
        <p>The action is saved as proposed. It can be agreed once it has an owner, a measure and a due date.</p>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="button" onClick={() => void save()} disabled={s.saving} aria-disabled={s.saving}>
            Save the action
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setChecking(false)}>
            Change the answers
          </button>
        </div>
      </>
    );
  }

  return (
    <>
      <BackLink to={back}>Back</BackLink>
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="action-problem-title" conflict={changedWhileWorking('safety action', s.clear)} />
      <h1>Propose a safety action</h1>
      <form noValidate onSubmit={toCheck}>
        <ActionFields form={form} set={set} errors={err} creating responses={options.responses} owners={options.owners} plans={options.plans} />
        <button className="nhsuk-button" type="submit">
          Continue
        </button>
      </form>
    </>
  );
}
