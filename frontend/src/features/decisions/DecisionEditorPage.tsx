import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';
import { DecisionCheckList } from './DecisionCheckList';
import { DecisionFormFields } from './DecisionFormFields';
import { controlFor, emptyDecisionForm, fromDecision, toInput, toUpdate, validate, type DecisionForm } from './decisionForm';
import { loadDecisionContext, type DecisionContext, type DecisionTarget } from './loadDecisionContext';
import { ProposalInset } from './ProposalInset';
import { DecisionSubject } from './DecisionSubject';
import type { CaseLink } from './types';

/** `/decisions/new?eventId=…` or `?caseId=…`: record a panel decision. */
export function NewDecisionPage() {
  const [params] = useSearchParams();
  const eventId = params.get('eventId');
  const caseId = params.get('caseId');
  if (caseId) return <DecisionEditorPage target={{ caseId }} formUrl={`/decisions/new?caseId=${encodeURIComponent(caseId)}`} />;
  if (eventId) return <DecisionEditorPage target={{ eventId }} formUrl={`/decisions/new?eventId=${encodeURIComponent(eventId)}`} />;
  return <NoTarget />;
}

/** `/decisions/:id/edit`: change a decision while it awaits the chair's approval. */
export function EditDecisionPage({ id }: { id: string }) {
  return <DecisionEditorPage target={{ decisionId: id }} formUrl={`/decisions/${id}/edit`} />;
}

function NoTarget() {
  usePageTitle('Record the panel decision');
  return (
    <>
      <h1>Record the panel decision</h1>
      <p>Open the event or the case the panel decided on, then choose “Record the panel decision”.</p>
      <p>
        <Link to="/triage">Go to the triage queue</Link>
      </p>
    </>
  );
}

function DecisionEditorPage({ target, formUrl }: { target: DecisionTarget; formUrl: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const result = useLoad(() => loadDecisionContext(api, target), [api, formUrl]);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  const context = result.data;
  const decision = context.decision;
  if (decision && decision.status !== 'awaiting-chair-approval') return <CannotChange decisionId={decision.id} />;
  if (context.inCase) return <EventInCase inCase={context.inCase} />;
  const reload = () => {
    // Start again from the form with what the server holds now.
    void navigate(formUrl, { replace: true });
    result.reload();
  };
  return <DecisionFlow key={decision?.version ?? 'new'} context={context} target={target} formUrl={formUrl} onReload={reload} />;
}

function CannotChange({ decisionId }: { decisionId: string }) {
  usePageTitle('This decision cannot be changed');
  return (
    <>
      <BackLink to={`/decisions/${decisionId}`}>The decision</BackLink>
      <h1>This decision cannot be changed</h1>
      <p>The chair has approved it.</p>
    </>
  );
}

function EventInCase({ inCase }: { inCase: CaseLink }) {
  usePageTitle('This event is part of a case');
  return (
    <>
      <h1>This event is part of a case</h1>
      <p>
        The panel decides for the whole case {inCase.reference} ({inCase.title}).
      </p>
      <p>
        <Link to={`/decisions/new?caseId=${inCase.id}`}>Record the panel decision for the case</Link>
      </p>
    </>
  );
}

interface FlowProps {
  context: DecisionContext;
  target: DecisionTarget;
  formUrl: string;
  onReload: () => void;
}

/** The form, then "check the decision" (`?step=check`); the answers stay in memory between the two. */
function DecisionFlow({ context, target, formUrl, onReload }: FlowProps) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const { proposal, documents, decision } = context;
  const [form, setForm] = useState<DecisionForm>(() => (decision ? fromDecision(decision) : emptyDecisionForm()));
  const s = useSubmit({
    fieldId: (f) => controlFor(f, form.documentIds),
    forbidden: 'You do not have access to record panel decisions.',
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkUrl = `${formUrl}${formUrl.includes('?') ? '&' : '?'}step=check`;
  // Straight to the check step (reload, bookmark) with nothing filled in: ask the questions first.
  const checking = params.get('step') === 'check' && validate(form, proposal).length === 0;
  const editing = Boolean(decision);
  usePageTitle(
    checking ? (editing ? 'Check your changes before saving them' : 'Check the decision before recording it') : editing ? 'Change the panel decision' : 'Record the panel decision',
    hasProblem(s.problem),
  );

  const wasChecking = useRef(checking);
  useEffect(() => {
    // Moving between the steps keeps the same page address: put focus where a new page would
    // (a Change link's field, else the heading, unless the error summary has just taken it).
    const stepChanged = wasChecking.current !== checking;
    wasChecking.current = checking;
    const field = !checking && location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (field) {
      field.scrollIntoView?.({ block: 'center' });
      field.focus({ preventScroll: true });
    } else if (stepChanged && !hasProblem(s.problem)) {
      headingRef.current?.focus();
    }
  }, [checking, location.hash, location.key]);

  const onContinue = s.handle(
    () => validate(form, proposal),
    async () => {
      void navigate(checkUrl);
    },
  );

  const send = () =>
    s.run(
      NO_CHECKS,
      async () => {
        const saved = decision
          ? await call(api.PUT('/api/v1/decisions/{decisionId}', { params: { path: { decisionId: decision.id } }, body: toUpdate(form, proposal, decision.version) }))
          : await call(api.POST('/api/v1/decisions', { body: toInput(form, proposal, target as { eventId?: string; caseId?: string }) }));
        void navigate(`/decisions/${saved.id}`, { state: { saved: decision ? 'changed' : 'recorded' } });
      },
      (problem) => {
        // A refusal naming the form's fields is corrected on the form.
        if (problem.errors.length) void navigate(formUrl);
      },
    );

  const summary = (
    <ErrorSummary
      problem={s.problem}
      focusKey={s.submits}
      refusedTitle={editing ? 'Your changes have not been saved' : 'The decision has not been recorded'}
      conflict={{
        title: 'Someone else changed this decision while you were working on it',
        body: <p>Your changes were not saved. Reload the decision to see the latest version, then make your changes again.</p>,
        reload: { label: 'Reload the decision', onClick: onReload },
      }}
    />
  );

  if (checking) {
    return (
      <>
        <BackLink to={formUrl}>Back</BackLink>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            {summary}
            <h1 ref={headingRef} tabIndex={-1}>
              {editing ? 'Check your changes before saving them' : 'Check the decision before recording it'}
            </h1>
            <DecisionSubject events={context.events} case={context.case} />
            <DecisionCheckList form={form} proposal={proposal} documents={documents} people={context.people} formUrl={formUrl} />
            <p>Once {editing ? 'saved' : 'recorded'}, the decision waits for the chair’s approval. It can be changed until then.</p>
            <button type="button" className="nhsuk-button" disabled={s.saving} aria-disabled={s.saving} onClick={() => void send()}>
              {editing ? 'Save the changes' : 'Record the decision'}
            </button>
          </div>
        </div>
      </>
    );
  }

  return (
    <>
      <BackLink to={decision ? `/decisions/${decision.id}` : context.case ? `/cases/${context.case.id}` : `/triage/${context.events[0]?.id ?? ''}`}>Back</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {summary}
          <h1 ref={headingRef} tabIndex={-1}>
            <span className="nhsuk-caption-l">Panel decision</span>
            {editing ? 'Change the panel decision' : 'Record the panel decision'}
          </h1>
          <DecisionSubject events={context.events} case={context.case} />
          <ProposalInset proposal={proposal} />
          <DecisionFormFields
            form={form}
            onChange={setForm}
            errors={s.fieldErrors}
            proposal={proposal}
            documents={documents}
            people={context.people}
            manyEvents={context.events.length > 1}
            onContinue={onContinue}
          />
        </div>
      </div>
    </>
  );
}
