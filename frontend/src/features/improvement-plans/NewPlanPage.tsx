import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { fromDateParts } from '../../shared/components/dateParts';
import { formatDate } from '../../shared/components/format';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PlanFields, planRows, usePlanChoices, type PlanChoices } from './PlanFields';
import { EMPTY_PLAN, planFieldId, toInput, validatePlan, type PlanDraft } from './planForm';
import { SCOPE_TEXT } from './text';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { type FormProblem, NO_PROBLEM, fieldProblem, wordsFor, hasProblem, fieldErrorsOf } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';

const CHECK = 'check';

/** Starts a safety improvement plan: the questions, then check your answers, then create. */
export function NewPlanPage() {
  const choices = usePlanChoices();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<PlanDraft>(EMPTY_PLAN);
  const [refused, setRefused] = useState<FormProblem>(NO_PROBLEM);
  const checking = params.get('step') === CHECK && validatePlan(draft).length === 0;
  if (choices.state === 'loading') return <Loading />;
  if (choices.state === 'error') return <ApiErrorView error={choices.error} />;
  return checking ? (
    <CheckPlan draft={draft} choices={choices.data} onRefused={setRefused} />
  ) : (
    <PlanQuestions draft={draft} onChange={setDraft} choices={choices.data} refused={refused} onContinue={() => setRefused(NO_PROBLEM)} />
  );
}

interface QuestionsProps {
  draft: PlanDraft;
  onChange: (d: PlanDraft) => void;
  choices: PlanChoices;
  /** What the service refused when the plan was sent from the check page. */
  refused: FormProblem;
  onContinue: () => void;
}

function PlanQuestions({ draft, onChange, choices, refused, onContinue }: QuestionsProps) {
  const navigate = useNavigate();
  const { hash } = useLocation();
  const [problem, setProblem] = useState<FormProblem>(refused);
  const [submits, setSubmits] = useState(0);
  useEffect(() => {
    // "Change" on the check page links to the question: take the person to it.
    if (hash && !refused) document.getElementById(hash.slice(1))?.focus();
  }, [hash, refused]);
  usePageTitle('Start a safety improvement plan', hasProblem(problem));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmits((s) => s + 1);
    const errors = validatePlan(draft);
    setProblem(errors.length ? fieldProblem(errors) : NO_PROBLEM);
    if (errors.length) return;
    onContinue();
    void navigate(`/improvement-plans/new?step=${CHECK}`);
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/improvement-plans">Safety improvement plans</BackLink>
        <ErrorSummary problem={problem} focusKey={submits} titleId="plan-problem" conflict={changedWhileWorking('plan', () => undefined)} />
        <h1>Start a safety improvement plan</h1>
        <form noValidate onSubmit={submit} aria-label="New safety improvement plan">
          <PlanFields draft={draft} onChange={onChange} errors={fieldErrorsOf(problem)} choices={choices} />
          <button className="nhsuk-button" type="submit">
            Continue
          </button>
        </form>
      </div>
    </div>
  );
}

/** Answers to correct are shown on the questions page, which the check page is leaving for. */
const onQuestions = (problem: FormProblem): FormProblem => (problem.errors.length ? NO_PROBLEM : problem);

function CheckPlan({ draft, choices, onRefused }: { draft: PlanDraft; choices: PlanChoices; onRefused: (p: FormProblem) => void }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const s = useSubmit(wordsFor(planFieldId, 'You do not have access to start improvement plans.'));
  usePageTitle('Check the plan before you start it', hasProblem(s.problem));
  const { scopeDetail, owner } = planRows(draft, choices);
  const change = (id: string, what: string) => ({ href: `/improvement-plans/new#${id}`, visuallyHidden: what });
  const create = () =>
    s.run(
      NO_CHECKS,
      async () => {
        const created = await call(api.POST('/api/v1/improvement-plans', { body: toInput(draft) }));
        navigate(`/improvement-plans/${created.id}`, { state: { saved: `${created.reference} started.` } });
      },
      (found) => {
        if (!found.errors.length) return;
        // The answers to correct are on the questions page.
        onRefused(found);
        void navigate('/improvement-plans/new');
      },
    );
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/improvement-plans/new">Back</BackLink>
        <ErrorSummary problem={onQuestions(s.problem)} focusKey={s.submits} titleId="plan-check-problem" conflict={changedWhileWorking('plan', () => undefined)} />
        <h1>Check the plan before you start it</h1>
        <SummaryList
          rows={[
            { key: 'Title', value: draft.title.trim(), change: change('plan-title', 'the title') },
            { key: 'For', value: draft.scope ? SCOPE_TEXT[draft.scope] : '', change: change('plan-scope', 'what the plan is for') },
            ...(draft.scope && draft.scope !== 'organisation'
              ? [{ key: draft.scope === 'location' ? 'Location' : draft.scope[0].toUpperCase() + draft.scope.slice(1), value: scopeDetail, change: change(draft.scope === 'location' ? 'plan-location' : 'plan-scope-detail', `the ${draft.scope}`) }]
              : []),
            { key: 'Summary', value: draft.summary.trim(), change: change('plan-summary', 'the summary') },
            { key: 'Quality improvement project', value: draft.qiProjectLink.trim(), change: change('plan-qi', 'the quality improvement project') },
            { key: 'Owner', value: owner, change: change('plan-owner', 'the owner') },
            { key: 'Review date', value: formatDate(fromDateParts(draft.reviewOn)), change: change('plan-review-on-day', 'the review date') },
          ]}
        />
        <button className="nhsuk-button" type="button" disabled={s.saving} aria-disabled={s.saving} onClick={() => void create()}>
          Start the plan
        </button>
      </div>
    </div>
  );
}
