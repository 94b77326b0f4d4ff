import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { hasAnyRole, mayCall, rolesFor } from '../../shared/auth/roles';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Textarea } from '../../shared/components/fields';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList, type SummaryRow } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import type { FormProblem } from '../../shared/forms/formProblem';
import { ResponseSafetyActions } from '../safety-actions/ResponseSafetyActions';
import { CandourStatusLine } from '../candour/CandourStatusSection';
import { EventLinks } from '../decisions/DecisionSubject';
import { TRIAGE_EVENT_OPERATIONS } from '../triage/routes';
import { ExternalNotificationsForm, ExternalNotificationsSummary, InitialReportDue } from './ExternalNotificationsSection';
import { TeamForm, TeamSummary } from './TeamSection';
import { TimeframeSection } from './TimeframeSection';
import { ResponseStatusTag } from './text';
import type { LearningResponse } from './types';
import { useNotificationsForm } from './useNotificationsForm';
import { COMMENT_MAX_LENGTH } from '../../shared/api/useCommentedAction';
import { VERIFY_COMMENT_ID, usePsiiVerification, type PsiiVerification } from './usePsiiVerification';

/** Those who read this page and may open the Being Fair tool (with a workforce partner): patient safety specialists. */
const BEING_FAIR_OPENER_ROLES = rolesFor('openBeingFair', 'getLearningResponse');

/**
 * One learning response: details, lead and team, timeframe, the Chief Nurse's verification of a PSII, and the
 * external notifications.
 */
export function ResponsePage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const result = useLoad(() => call(api.GET('/api/v1/responses/{responseId}', { params: { path: { responseId: id } } })), [api, id]);
  const [response, setResponse] = useState<LearningResponse | null>(null);
  const [justVerified, setJustVerified] = useState(false);
  useEffect(() => setResponse(result.state === 'ok' ? result.data : null), [result.state, result.data]);
  const verification = usePsiiVerification(response, (r) => {
    setResponse(r);
    setJustVerified(true);
  });
  const notifications = useNotificationsForm(response, setResponse);
  usePageTitle(response ? `Learning response ${response.reference}` : 'Learning response');

  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  if (!response) return <Loading />;
  const awaitingVerification = response.type === 'psii' && response.status === 'awaiting-verification';
  const canVerify = awaitingVerification && mayCall(me?.roles, 'verifyPsii');
  const canEditNotifications = mayCall(me?.roles, 'updateExternalNotifications');
  const reload = () => result.reload();

  return (
    <>
      <BackLink to="/responses">Learning responses</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {canVerify && <Problems title="The PSII has not been verified" problem={verification.problem} submits={verification.submits} onReload={reload} />}
          {canEditNotifications && <Problems title="The external notifications have not been saved" problem={notifications.problem} submits={notifications.submits} onReload={reload} />}
          {justVerified && <Inset>The PSII is verified and has started.</Inset>}
          {notifications.saved && <Inset>External notifications saved.</Inset>}
          <h1>
            <span className="nhsuk-caption-l">Learning response</span>
            {response.reference}
          </h1>
          <ResponseDetails response={response} triageReader={mayCall(me?.roles, ...TRIAGE_EVENT_OPERATIONS)} />
          <ul className="nhsuk-list">
            <li>
              <Link to={`/responses/${response.id}/work`}>Work on this response</Link>
            </li>
            <li>
              <Link to={`/responses/${response.id}/engagement`}>Engagement and involvement</Link>
            </li>
            <li>
              <Link to={`/responses/${response.id}/staff-support`}>Staff support</Link>
            </li>
            {hasAnyRole(me?.roles, BEING_FAIR_OPENER_ROLES) && (
              <li>
                <Link to={`/being-fair/new?responseId=${response.id}`}>Use the Being Fair tool</Link>
              </li>
            )}
          </ul>
          <h2>Lead and team</h2>
          <TeamSummary response={response} />
          {mayCall(me?.roles, 'assignResponseTeam') && <TeamForm response={response} onSaved={setResponse} />}
          <h2>Timeframe</h2>
          <TimeframeSection response={response} onSaved={setResponse} />
          <h2>Duty of Candour</h2>
          {response.events.map((e) => (
            <CandourStatusLine key={e.id} eventId={e.id} eventReference={e.reference} />
          ))}
          {response.type === 'psii' && (
            <>
              <h2>PSII verification</h2>
              {response.verification ? (
                <SummaryList
                  rows={[
                    { key: 'Verified by', value: response.verification.by },
                    { key: 'Verified', value: formatDateTime(response.verification.at) },
                    { key: 'Comment', value: <MultilineText text={response.verification.comment} /> },
                  ]}
                />
              ) : canVerify ? (
                <VerifyForm verification={verification} />
              ) : (
                awaitingVerification && <Inset>Waiting for the Chief Nurse to verify this PSII.</Inset>
              )}
            </>
          )}
          <h2>External notifications</h2>
          <InitialReportDue notifications={response.externalNotifications} />
          <ExternalNotificationsSummary notifications={response.externalNotifications} />
          {canEditNotifications && <ExternalNotificationsForm editing={notifications} />}
          <ResponseSafetyActions responseId={response.id} />
        </div>
      </div>
    </>
  );
}

function ResponseDetails({ response: r, triageReader }: { response: LearningResponse; triageReader: boolean }) {
  const rows: SummaryRow[] = [
    { key: 'Type', value: r.typeDisplay },
    { key: 'Status', value: <ResponseStatusTag status={r.status} /> },
  ];
  if (r.case) rows.push({ key: 'Case', value: <><Link to={`/cases/${r.case.id}`}>{r.case.reference}</Link>: {r.case.title}</> });
  rows.push(
    {
      key: r.events.length === 1 ? 'Event' : 'Events',
      value: triageReader ? (
        <EventLinks events={r.events} inline={r.events.length === 1} />
      ) : (
        // A lead has no triage page: their events open read-only under the response.
        <ul className="nhsuk-list">
          {r.events.map((e) => (
            <li key={e.id}>
              <Link to={`/responses/${r.id}/events/${e.id}`}>{e.reference}</Link>
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'Panel decision', value: <Link to={`/decisions/${r.decisionId}`}>Read the panel decision</Link> },
    { key: 'Created', value: formatDateTime(r.createdAt) },
    { key: 'Started', value: r.startedAt ? formatDateTime(r.startedAt) : 'Not started yet' },
  );
  return <SummaryList rows={rows} />;
}

function VerifyForm({ verification: v }: { verification: PsiiVerification }) {
  return (
    <>
      <p>The PSII starts once you verify it (policy §3.2).</p>
      <form noValidate onSubmit={(e) => void v.submit(e)}>
        <Textarea
          id={VERIFY_COMMENT_ID}
          label="Comment"
          hint="For example, verified as a PSII under the national requirement for severe harm."
          rows={3}
          maxLength={COMMENT_MAX_LENGTH}
          value={v.comment}
          onChange={v.setComment}
          error={v.commentError}
        />
        <button className="nhsuk-button" type="submit" disabled={v.saving} aria-disabled={v.saving}>
          Verify this PSII
        </button>
      </form>
    </>
  );
}

function Inset({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text" role="status">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>{children}</p>
    </div>
  );
}

interface ProblemsProps {
  title: string;
  problem: FormProblem;
  submits: number;
  onReload: () => void;
}

function Problems({ title, problem, submits, onReload }: ProblemsProps) {
  return (
    <ErrorSummary
      problem={problem}
      focusKey={submits}
      refusedTitle={title}
      conflict={{
        title: 'This learning response changed after you opened it',
        body: <p>Your change was not saved. Reload the response to see the latest version, then try again.</p>,
        reload: { label: 'Reload the response', onClick: onReload },
      }}
    />
  );
}
