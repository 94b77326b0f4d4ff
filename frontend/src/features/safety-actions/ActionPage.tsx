import { useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem } from '../../shared/forms/formProblem';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList } from '../../shared/components/misc';
import { SavedNotice } from '../../shared/components/saved-notice';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ActionFields } from './ActionFields';
import { formFrom, toActionUpdate, validateAction, type ActionForm } from './actionForm';
import { ProgressForm, ReviewForm } from './ActionForms';
import { ActionStatusTag, AttentionTags, EFFECTIVENESS_TEXT, PROGRESS_STATUS_TEXT, sourceText } from './text';
import type { SafetyAction } from './types';
import { useActionOptions } from './useActionOptions';
import { useActionSave } from './useActionSave';

/** One safety action: what it is, agreeing it, progress by its owner or the team, and its effectiveness reviews. */
export function ActionPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const location = useLocation();
  const result = useLoad(() => call(api.GET('/api/v1/safety-actions/{actionId}', { params: { path: { actionId: id } } })), [api, id]);
  const [action, setAction] = useState<SafetyAction | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>((location.state as { saved?: string } | null)?.saved ?? null);
  useEffect(() => setAction(result.state === 'ok' ? result.data : null), [result.state, result.data]);
  const agreement = useActionSave('You do not have permission to agree this action.');
  usePageTitle(action ? `Safety action ${action.summary.reference}` : 'Safety action', hasProblem(agreement.problem));

  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  if (!action) return <Loading />;
  const a = action.summary;
  const done = (next: SafetyAction, message: string) => {
    setAction(next);
    setEditing(false);
    setSaved(message);
    agreement.clear();
  };
  const reload = () => {
    agreement.clear();
    setEditing(false);
    result.reload();
  };
  const agree = async () => {
    const next = await agreement.run(
      () => [],
      () => call(api.POST('/api/v1/safety-actions/{actionId}/agreement', { params: { path: { actionId: id } }, body: { version: action.version } })),
    );
    if (next) done(next, 'The action is agreed.');
  };

  if (editing) return <EditAction action={action} onSaved={(next) => done(next, 'Changes saved.')} onCancel={() => setEditing(false)} onReload={reload} />;

  const missing = agreement.problem.errors;
  const reviewable = action.mayManage && (a.status === 'agreed' || a.status === 'in-progress' || a.status === 'completed');
  return (
    <>
      {mayCall(me?.roles, 'listSafetyActions') ? <BackLink to="/actions">Safety actions</BackLink> : <BackLink to="/my-actions">My actions</BackLink>}
      {missing.length > 0 ? (
        <ErrorSummary
          errors={missing.map((m) => ({ id: 'change-action', message: m.message }))}
          focusKey={agreement.submits}
          title="The action cannot be agreed yet"
          titleId="agree-problem-title"
        >
          <p>Change the action to add what is missing:</p>
        </ErrorSummary>
      ) : (
        <ErrorSummary problem={agreement.problem} focusKey={agreement.submits} titleId="agree-problem-title" conflict={changedWhileWorking('safety action', reload)} />
      )}
      <SavedNotice message={saved} focus />
      <h1>
        <span className="nhsuk-caption-l">Safety action {a.reference}</span>
        {a.title}
      </h1>
      <p>
        <ActionStatusTag status={a.status} />
        <AttentionTags action={a} />
      </p>
      <SummaryList
        rows={[
          { key: 'Comes from', value: sourceText(a) },
          { key: 'Owner', value: a.ownerName ?? 'Not decided yet' },
          { key: 'Due date', value: a.dueOn ? `${formatDate(a.dueOn)}${a.overdue ? ' (overdue)' : ''}` : 'Not set' },
          { key: 'Improvement plan', value: a.planReference ?? 'Not part of a plan' },
          { key: 'Agreed', value: action.agreedAt ? `${formatDateTime(action.agreedAt)}${action.agreedByName ? ` by ${action.agreedByName}` : ''}` : 'Not yet' },
          { key: 'Effectiveness', value: a.effectiveness ? EFFECTIVENESS_TEXT[a.effectiveness] : 'Not reviewed yet' },
          { key: 'Next review', value: a.nextReviewOn ? `${formatDate(a.nextReviewOn)}${a.reviewDue ? ' (due)' : ''}` : 'Not set' },
        ]}
      />
      <h2>Description</h2>
      {action.description ? <MultilineText text={action.description} /> : <p>No description.</p>}
      <h2>Measures</h2>
      {action.measures.length ? (
        <ul>
          {action.measures.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : (
        <p>No measures yet: how will we know the action works?</p>
      )}
      {action.mayManage && a.status !== 'cancelled' && (
        <div className="nhsuk-button-group">
          {a.status === 'proposed' && (
            <button type="button" className="nhsuk-button" onClick={() => void agree()} disabled={agreement.saving} aria-disabled={agreement.saving}>
              Agree the action
            </button>
          )}
          <button type="button" id="change-action" className="nhsuk-button nhsuk-button--secondary" onClick={() => setEditing(true)}>
            Change the action
          </button>
        </div>
      )}
      {a.status !== 'cancelled' && <ProgressForm action={action} onSaved={(next) => done(next, 'Progress saved.')} onReload={reload} />}
      {reviewable && <ReviewForm action={action} onSaved={(next) => done(next, 'Effectiveness review saved.')} onReload={reload} />}
      <h2>Progress updates</h2>
      {action.progress.length === 0 && <p>No progress recorded yet.</p>}
      {action.progress.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--border">
          {[...action.progress].reverse().map((p) => (
            <li key={p.id}>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                {formatDateTime(p.at)}
                {p.byName ? `, ${p.byName}` : ''}: <strong>{PROGRESS_STATUS_TEXT[p.status as keyof typeof PROGRESS_STATUS_TEXT] ?? p.status}</strong>
              </p>
              <MultilineText text={p.note} />
            </li>
          ))}
        </ul>
      )}
      <h2>Effectiveness reviews</h2>
      {action.reviews.length === 0 && <p>No effectiveness reviews yet.</p>}
      {action.reviews.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--border">
          {[...action.reviews].reverse().map((r) => (
            <li key={r.id}>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                Reviewed {formatDate(r.reviewedOn)}
                {r.byName ? ` by ${r.byName}` : ''}: <strong>{EFFECTIVENESS_TEXT[r.outcome]}</strong>
                {r.nextReviewOn ? `. Next review ${formatDate(r.nextReviewOn)}.` : ''}
              </p>
              <MultilineText text={r.evidence} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function EditAction({ action, onSaved, onCancel, onReload }: { action: SafetyAction; onSaved: (a: SafetyAction) => void; onCancel: () => void; onReload: () => void }) {
  const { api } = useAuth();
  const [form, setForm] = useState<ActionForm>(() => formFrom(action));
  const s = useActionSave('You do not have permission to change this action.');
  const options = useActionOptions(false);
  usePageTitle(`Change safety action ${action.summary.reference}`, hasProblem(s.problem));
  const set = (change: Partial<ActionForm>) => setForm((f) => ({ ...f, ...change }));
  const err = s.fieldErrors;
  // A plan the action is already in stays selectable even if the list of open plans does not hold it.
  const plans =
    action.summary.planId && !options.plans.some((p) => p.value === action.summary.planId)
      ? [{ value: action.summary.planId, text: action.summary.planReference ?? 'The current plan' }, ...options.plans]
      : options.plans;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = await s.run(
      () => validateAction(form, false),
      () => call(api.PUT('/api/v1/safety-actions/{actionId}', { params: { path: { actionId: action.summary.id } }, body: toActionUpdate(form, action.version) })),
    );
    if (next) onSaved(next);
  };
  return (
    <>
      <ErrorList s={s} onReload={onReload} />
      <h1>
        <span className="nhsuk-caption-l">Safety action {action.summary.reference}</span>
        Change the action
      </h1>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <ActionFields form={form} set={set} errors={err} creating={false} responses={[]} owners={options.owners} plans={plans} />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
            Save changes
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}

function ErrorList({ s, onReload }: { s: ReturnType<typeof useActionSave>; onReload: () => void }) {
  return <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="edit-problem-title" conflict={changedWhileWorking('safety action', onReload)} />;
}
