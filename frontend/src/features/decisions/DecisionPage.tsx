import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { COMMENT_MAX_LENGTH, useCommentedAction, type CommentedAction } from '../../shared/api/useCommentedAction';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Textarea } from '../../shared/components/fields';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { DecisionDetails } from './DecisionDetails';
import type { Decision } from './types';

const COMMENT_ID = 'approval-comment';
export const OWN_DECISION_MESSAGE = 'You recorded or last changed this decision; the chair or the Chief Nurse must approve it';

/**
 * One decision. Staff who chair its panel open it too (from their home page) to approve it; they see the same
 * decision, without links to the triage, cases and responses pages that their roles do not open, and anyone else
 * is told they have no access (403 from the API). While it awaits approval, "Edit this decision" and, only for those the API says may approve it
 * (`canApprove`: the chair signed in as themself or the Chief Nurse, never whoever recorded or last changed it),
 * "Approve as chair"; anyone else is told who approves it.
 */
export function DecisionPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const location = useLocation();
  const result = useLoad(() => call(api.GET('/api/v1/decisions/{decisionId}', { params: { path: { decisionId: id } } })), [api, id]);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [justApproved, setJustApproved] = useState(false);
  const approval = useApproval(decision, (d) => {
    setDecision(d);
    setJustApproved(true);
  });
  useEffect(() => setDecision(result.state === 'ok' ? result.data : null), [result.state, result.data]);
  const subject = decision ? (decision.case?.reference ?? decision.events.map((e) => e.reference).join(', ')) : '';
  usePageTitle(decision ? `Panel decision for ${subject}` : 'Panel decision');

  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  if (!decision) return <Loading />;
  const awaiting = decision.status === 'awaiting-chair-approval';
  const team = mayCall(me?.roles, 'listDecisions');
  const saved = (location.state as { saved?: string } | null)?.saved;

  return (
    <>
      {team ? <BackLink to="/decisions">Panel decisions</BackLink> : <BackLink to="/">Home</BackLink>}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {awaiting && <ApprovalProblems approval={approval} onReload={result.reload} />}
          {saved && awaiting && !justApproved && (
            <div className="nhsuk-inset-text" role="status">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>{saved === 'changed' ? 'Your changes are saved.' : 'The decision is recorded.'} It now waits for the chair’s approval.</p>
            </div>
          )}
          {justApproved && (
            <div className="nhsuk-inset-text" role="status">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>The decision is approved. The events are decided and their reporters have been told.</p>
            </div>
          )}
          <h1>
            <span className="nhsuk-caption-l">Panel decision</span>
            {subject}
          </h1>
          <DecisionDetails decision={decision} linked={team} />
          {awaiting && mayCall(me?.roles, 'updateDecision') && (
            <p>
              <Link to={`/decisions/${decision.id}/edit`}>Edit this decision</Link>
            </p>
          )}
          {awaiting && decision.canApprove && <ApproveForm approval={approval} />}
          {awaiting && !decision.canApprove && team && <WhoApproves decision={decision} />}
          {decision.chairApproval && <ChairApprovalSection decision={decision} linked={team} />}
        </div>
      </div>
    </>
  );
}

function WhoApproves({ decision: d }: { decision: Decision }) {
  const chair = d.panelMembers.find((m) => m.chair);
  return (
    <>
      <h2>Chair’s approval</h2>
      <p>
        {chair ? `${chair.name}, the chair of the panel, approves this decision signed in as themself, or the Chief Nurse does.` : 'The Chief Nurse approves this decision.'} The person who
        recorded or last changed it cannot approve it.
      </p>
    </>
  );
}

function ChairApprovalSection({ decision: d, linked }: { decision: Decision; linked: boolean }) {
  const approval = d.chairApproval;
  if (!approval) return null;
  return (
    <>
      <h2>Chair’s approval</h2>
      <SummaryList
        rows={[
          { key: 'Approved by', value: approval.by },
          { key: 'Approved', value: formatDateTime(approval.at) },
          { key: 'Comment', value: approval.comment ? <MultilineText text={approval.comment} /> : 'None' },
          {
            key: 'Learning response',
            value: d.response ? (
              linked ? (
                <Link to={`/responses/${d.response.id}`}>
                  {d.response.reference} – {d.responseTypeDisplay}
                </Link>
              ) : (
                `${d.response.reference} – ${d.responseTypeDisplay}`
              )
            ) : (
              'None: this response does not start a learning response'
            ),
          },
        ]}
      />
    </>
  );
}

type Approval = CommentedAction;

/** The chair's approval: sends the version read; a refusal (own decision, stale version…) is kept to show. */
function useApproval(decision: Decision | null, onApproved: (d: Decision) => void): Approval {
  const { api } = useAuth();
  return useCommentedAction({
    record: decision,
    commentId: COMMENT_ID,
    forbidden: 'You do not have access to approve panel decisions.',
    refusalText: (f) => (f.code === 'own-decision' ? OWN_DECISION_MESSAGE : f.message),
    send: (version, comment) =>
      call(api.POST('/api/v1/decisions/{decisionId}/chair-approval', {
        params: { path: { decisionId: decision!.id } },
        body: { version, ...(comment ? { comment } : {}) },
      })),
    onDone: onApproved,
  });
}

function ApprovalProblems({ approval: a, onReload }: { approval: Approval; onReload: () => void }) {
  return (
    <ErrorSummary
      problem={a.problem}
      focusKey={a.submits}
      refusedTitle="The decision has not been approved"
      conflict={{
        title: 'This decision changed after you opened it',
        body: <p>It was not approved. Reload it to read the latest version before approving.</p>,
        reload: { label: 'Reload the decision', onClick: onReload },
      }}
    />
  );
}

function ApproveForm({ approval: a }: { approval: Approval }) {
  return (
    <>
      <h2>Approve as chair</h2>
      <p>Approving decides the events and tells their reporters. A learning response starts (a PSII waits for the Chief Nurse to verify it).</p>
      <form noValidate onSubmit={(e) => void a.submit(e)}>
        <Textarea id={COMMENT_ID} label="Comment (optional)" rows={3} maxLength={COMMENT_MAX_LENGTH} value={a.comment} onChange={a.setComment} error={a.commentError} />
        <button className="nhsuk-button" type="submit" disabled={a.saving} aria-disabled={a.saving}>
          Approve as chair
        </button>
      </form>
    </>
  );
}
