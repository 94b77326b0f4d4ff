import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink } from '../../shared/components/misc';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PlanFields, usePlanChoices, type PlanChoices } from './PlanFields';
import { draftOf, planFieldId, toInput, validatePlan, type PlanDraft } from './planForm';
import type { ImprovementPlan } from './types';

/** Changes an open plan's details, with the version read (someone else's change first is a conflict). */
export function EditPlanPage({ id }: { id: string }) {
  const { api } = useAuth();
  const choices = usePlanChoices();
  const plan = useLoad(() => call(api.GET('/api/v1/improvement-plans/{planId}', { params: { path: { planId: id } } })), [api, id]);
  if (plan.state === 'error') return <ApiErrorView error={plan.error} />;
  if (choices.state === 'error') return <ApiErrorView error={choices.error} />;
  if (plan.state === 'loading' || choices.state === 'loading') return <Loading />;
  return <EditForm key={plan.data.version} plan={plan.data} choices={choices.data} onReload={plan.reload} />;
}

function EditForm({ plan, choices, onReload }: { plan: ImprovementPlan; choices: PlanChoices; onReload: () => void }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<PlanDraft>(draftOf(plan));
  const save = useSubmit(wordsFor(planFieldId, 'You do not have access to change improvement plans.'));
  const submit = save.handle(
    () => validatePlan(draft, plan.reviewOn),
    async () => {
      await call(api.PUT('/api/v1/improvement-plans/{planId}', { params: { path: { planId: plan.id } }, body: toInput(draft, plan.version) }));
      navigate(`/improvement-plans/${plan.id}`, { state: { saved: `${plan.reference} saved.` } });
    },
  );
  usePageTitle(`Change ${plan.reference}`, hasProblem(save.problem));
  const withOwner = choices.people.some((p) => p.id === plan.ownerPersonId)
    ? choices
    : { ...choices, people: [{ id: plan.ownerPersonId, name: plan.ownerName }, ...choices.people] };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/improvement-plans/${plan.id}`}>{plan.reference}</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="plan-edit-problem" conflict={changedWhileWorking('plan', onReload)} />
        <span className="nhsuk-caption-l">{plan.reference}</span>
        <h1>Change the plan</h1>
        {!plan.acceptsChanges ? (
          <p>This plan is closed, so it cannot be changed. Reopen it from its page first.</p>
        ) : (
          <form noValidate onSubmit={(e) => void submit(e)} aria-label="Change the plan">
            <PlanFields draft={draft} onChange={setDraft} errors={save.fieldErrors} choices={withOwner} />
            <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
              Save the plan
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
