import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { call } from '../../shared/api/client';
import type { FieldError } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { Select, Textarea } from '../../shared/components/fields';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { BackLink, Cell, MultilineText, SummaryList, TableHead } from '../../shared/components/misc';
import { SavedNotice } from '../../shared/components/saved-notice';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { RESPONSE_TYPE_TEXT } from '../response-plan/planForm';
import { PlanStatusTag, ProgressAtAGlance } from './Progress';
import { ACTION_STATUS_TEXT, EFFECTIVENESS_TEXT, RESPONSE_STATUS_TEXT } from './text';
import type { ImprovementPlan } from './types';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { type ProblemWords, wordsFor } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';

const CLOSED_MESSAGE = 'This plan is closed, so nothing more can be added to it or changed. Reopen it first.';

/** A refusal of a change to the plan, in words: a closed plan (409 naming it) says so rather than "someone else changed it". */
function planWords(control: string): ProblemWords {
  const closed = (f: FieldError) => f.code === 'plan-closed';
  return {
    ...wordsFor(() => control, 'You do not have access to change improvement plans.'),
    fieldsOnAnyStatus: true,
    fieldId: (f) => (closed(f) ? null : control),
    said: (f) => (closed(f) ? CLOSED_MESSAGE : f.message),
  };
}

function isUrl(text: string): boolean {
  return /^https?:\/\/\S+$/i.test(text);
}

/** One safety improvement plan: its details, progress, learning responses and safety actions. */
export function PlanPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const location = useLocation();
  const [saved, setSaved] = useState<string | null>((location.state as { saved?: string } | null)?.saved ?? null);
  const [current, setCurrent] = useState<ImprovementPlan | null>(null);
  const loaded = useLoad(async () => {
    const plan = await call(api.GET('/api/v1/improvement-plans/{planId}', { params: { path: { planId: id } } }));
    setCurrent(plan);
    return plan;
  }, [api, id]);
  const plan = current ?? loaded.data;
  usePageTitle(plan ? plan.title : 'Safety improvement plan');
  if (!plan) {
    if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
    return <Loading />;
  }
  const canEdit = mayCall(me?.roles, 'updateImprovementPlan');
  const changed = (next: ImprovementPlan, message: string) => {
    setCurrent(next);
    setSaved(message);
  };
  const reload = () => {
    setCurrent(null);
    loaded.reload();
  };

  return (
    <>
      <BackLink to="/improvement-plans">Safety improvement plans</BackLink>
      <span className="nhsuk-caption-l">{plan.reference}</span>
      <h1>{plan.title}</h1>
      <p>
        <PlanStatusTag status={plan.status} />
      </p>
      <SavedNotice message={saved} />

      <h2>Progress at a glance</h2>
      <ProgressAtAGlance progress={plan.progress} reviewOverdue={plan.reviewOverdue} />

      <h2>About the plan</h2>
      <SummaryList
        rows={[
          { key: 'For', value: plan.scopeDisplay },
          { key: 'Owner', value: plan.ownerName },
          {
            key: 'Review date',
            value: (
              <>
                {formatDate(plan.reviewOn)}
                {plan.reviewOverdue && (
                  <>
                    {' '}
                    <strong className="nhsuk-tag nhsuk-tag--red">Review overdue</strong>
                  </>
                )}
              </>
            ),
          },
          { key: 'Summary', value: plan.summary ? <MultilineText text={plan.summary} /> : '' },
          {
            key: 'Quality improvement project',
            value: plan.qiProjectLink ? isUrl(plan.qiProjectLink) ? <a href={plan.qiProjectLink}>{plan.qiProjectLink}</a> : plan.qiProjectLink : '',
          },
          ...(plan.status === 'closed'
            ? [
                { key: 'Closed', value: formatDateTime(plan.closedAt) },
                { key: 'Closing note', value: <MultilineText text={plan.closureNote} /> },
              ]
            : []),
          { key: 'Last changed', value: `${formatDateTime(plan.updatedAt)}${plan.updatedByName ? ` by ${plan.updatedByName}` : ''}` },
        ]}
      />
      {canEdit && plan.acceptsChanges && (
        <p>
          <Link to={`/improvement-plans/${plan.id}/edit`}>
            Change the plan<span className="nhsuk-u-visually-hidden"> {plan.reference}</span>
          </Link>
        </p>
      )}

      <Responses plan={plan} canEdit={canEdit} onChanged={changed} onReload={reload} />
      <Actions plan={plan} canEdit={canEdit} />
      {canEdit && plan.acceptsChanges && <ClosePlan plan={plan} onChanged={changed} onReload={reload} />}
      {canEdit && !plan.acceptsChanges && <ReopenPlan plan={plan} onChanged={changed} onReload={reload} />}
    </>
  );
}

interface PartProps {
  plan: ImprovementPlan;
  onChanged: (plan: ImprovementPlan, message: string) => void;
  onReload: () => void;
}

function Responses({ plan, canEdit, onChanged, onReload }: PartProps & { canEdit: boolean }) {
  const { api } = useAuth();
  const [chosen, setChosen] = useState('');
  const s = useSubmit(planWords('plan-response'));
  const offer = canEdit && plan.acceptsChanges;
  const candidates = useLoad(
    () => (offer ? call(api.GET('/api/v1/responses', { params: { query: { size: 100 } } })) : Promise.resolve(null)),
    [api, offer],
  );
  const gathered = new Set(plan.responses.map((r) => r.id));
  const options = (candidates.data?.items ?? [])
    .filter((r) => !gathered.has(r.id))
    .map((r) => ({ value: r.id, text: `${r.reference} – ${r.typeDisplay}` }));

  const add = s.handle(
    () => (chosen ? [] : [{ id: 'plan-response', message: 'Select a learning response' }]),
    async () => {
      const next = await call(api.POST('/api/v1/improvement-plans/{planId}/responses', { params: { path: { planId: plan.id } }, body: { responseId: chosen } }));
      const reference = next.responses.find((r) => r.id === chosen)?.reference ?? 'The learning response';
      setChosen('');
      onChanged(next, `${reference} added to the plan.`);
    },
  );
  const remove = (responseId: string, reference: string) =>
    s.run(NO_CHECKS, async () => {
      const next = await call(api.DELETE('/api/v1/improvement-plans/{planId}/responses/{responseId}', { params: { path: { planId: plan.id, responseId } } }));
      onChanged(next, `${reference} taken out of the plan.`);
    });

  return (
    <section aria-labelledby="plan-responses-heading">
      <h2 id="plan-responses-heading">Learning responses</h2>
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="plan-responses-problem" conflict={changedWhileWorking('plan', onReload)} />
      {plan.responses.length === 0 ? (
        <p>No learning responses are in this plan yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">The learning responses this plan brings together</caption>
          <TableHead headings={offer ? ['Response', 'Type', 'Status', 'Action'] : ['Response', 'Type', 'Status']} />
          <tbody className="nhsuk-table__body">
            {plan.responses.map((r) => (
              <tr key={r.id} className="nhsuk-table__row">
                <Cell heading="Response">
                  <Link to={`/responses/${r.id}`}>{r.reference}</Link>
                </Cell>
                <Cell heading="Type">{RESPONSE_TYPE_TEXT[r.responseType] ?? r.responseType}</Cell>
                <Cell heading="Status">{RESPONSE_STATUS_TEXT[r.status] ?? r.status}</Cell>
                {offer && (
                  <Cell heading="Action">
                    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" disabled={s.saving} onClick={() => void remove(r.id, r.reference)}>
                      Remove<span className="nhsuk-u-visually-hidden"> {r.reference} from the plan</span>
                    </button>
                  </Cell>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {offer && (
        <form noValidate onSubmit={(e) => void add(e)} aria-label="Gather a learning response into the plan">
          {candidates.state === 'error' && <ApiErrorView error={candidates.error} />}
          {candidates.state === 'ok' && (
            <>
              <Select
                id="plan-response"
                label="Add a learning response"
                placeholder={options.length ? 'Select a learning response' : 'No other learning responses'}
                error={s.fieldErrors['plan-response']}
                value={chosen}
                onChange={setChosen}
                options={options}
              />
              <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={s.saving} aria-disabled={s.saving}>
                Add the learning response
              </button>
            </>
          )}
        </form>
      )}
    </section>
  );
}

function Actions({ plan, canEdit }: { plan: ImprovementPlan; canEdit: boolean }) {
  return (
    <section aria-labelledby="plan-actions-heading">
      <h2 id="plan-actions-heading">Safety actions</h2>
      {plan.actions.length === 0 ? (
        <p>No safety actions are in this plan yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">The safety actions of this plan, soonest due first</caption>
          <TableHead headings={['Action', 'Owner', 'Due', 'Status']} />
          <tbody className="nhsuk-table__body">
            {plan.actions.map((a) => (
              <tr key={a.id} className="nhsuk-table__row">
                <Cell heading="Action">
                  <Link to={`/actions/${a.id}`}>{a.title}</Link>
                  <br />
                  <span className="nhsuk-u-secondary-text-colour">{a.reference}</span>
                </Cell>
                <Cell heading="Owner">{a.ownerName ?? 'Not yet named'}</Cell>
                <Cell heading="Due">{a.dueOn ? formatDate(a.dueOn) : 'Not set'}</Cell>
                <Cell heading="Status">
                  {ACTION_STATUS_TEXT[a.status] ?? a.status}
                  {a.overdue && (
                    <>
                      {' '}
                      <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                    </>
                  )}
                  {a.effectiveness && (
                    <>
                      {' '}
                      <strong className={`nhsuk-tag ${a.effectiveness === 'not-effective' ? 'nhsuk-tag--red' : a.effectiveness === 'effective' ? 'nhsuk-tag--green' : 'nhsuk-tag--yellow'}`}>
                        {EFFECTIVENESS_TEXT[a.effectiveness]}
                      </strong>
                    </>
                  )}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && plan.acceptsChanges && (
        <p>
          <Link className="nhsuk-button nhsuk-button--secondary" to={`/actions/new?planId=${plan.id}`}>
            Add a safety action
          </Link>
        </p>
      )}
    </section>
  );
}

function ClosePlan({ plan, onChanged, onReload }: PartProps) {
  const { api } = useAuth();
  const [note, setNote] = useState('');
  const s = useSubmit(planWords('plan-closing-note'));
  const close = s.handle(
    () => {
      if (!note.trim()) return [{ id: 'plan-closing-note', message: 'Enter a closing note' }];
      if (note.length > 2000) return [{ id: 'plan-closing-note', message: 'The closing note must be 2000 characters or fewer' }];
      return [];
    },
    async () => {
      const next = await call(api.POST('/api/v1/improvement-plans/{planId}/closure', { params: { path: { planId: plan.id } }, body: { version: plan.version, note: note.trim() } }));
      onChanged(next, `${plan.reference} closed.`);
    },
  );
  return (
    <section aria-labelledby="plan-close-heading">
      <h2 id="plan-close-heading">Close the plan</h2>
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="plan-close-problem" conflict={changedWhileWorking('plan', onReload)} />
      <p>Close the plan when its work is done. Everything it brought together is kept, and it can be reopened.</p>
      <form noValidate onSubmit={(e) => void close(e)} aria-label="Close the plan">
        <Textarea
          id="plan-closing-note"
          label="Closing note"
          hint="Why the plan closes and what it achieved"
          error={s.fieldErrors['plan-closing-note']}
          value={note}
          onChange={setNote}
          maxLength={2000}
          rows={3}
        />
        <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={s.saving} aria-disabled={s.saving}>
          Close the plan
        </button>
      </form>
    </section>
  );
}

function ReopenPlan({ plan, onChanged, onReload }: PartProps) {
  const { api } = useAuth();
  const s = useSubmit(planWords('plan-reopen'));
  const reopen = () =>
    s.run(NO_CHECKS, async () => {
      const next = await call(api.POST('/api/v1/improvement-plans/{planId}/reopening', { params: { path: { planId: plan.id } }, body: { version: plan.version } }));
      onChanged(next, `${plan.reference} reopened.`);
    });
  return (
    <section aria-labelledby="plan-reopen-heading">
      <h2 id="plan-reopen-heading">Reopen the plan</h2>
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="plan-reopen-problem" conflict={changedWhileWorking('plan', onReload)} />
      <p>A closed plan takes no more learning responses or changes. Reopen it if its work needs to continue.</p>
      <button id="plan-reopen" className="nhsuk-button nhsuk-button--secondary" type="button" disabled={s.saving} aria-disabled={s.saving} onClick={() => void reopen()}>
        Reopen the plan
      </button>
    </section>
  );
}
