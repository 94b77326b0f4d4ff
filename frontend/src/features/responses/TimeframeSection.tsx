import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { DateInput } from '../../shared/components/date-input';
import { NO_DATE, fromDateParts, todayInUk, type DateParts } from '../../shared/components/dateParts';
import { Checkbox, ErrorMessage, Textarea, toErrorMap, type FieldMessage } from '../../shared/components/fields';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { SummaryList, TableHead, Cell } from '../../shared/components/misc';
import { DueStatusTag } from './text';
import {
  REASON_MAX_LENGTH,
  TIMEFRAME_FIELD as F,
  checkExtension,
  checkPause,
  checkResumption,
  requireDate,
  timeframeControlFor } from './timeframeForms';
import type { LearningResponse, ResponseTimeframe } from './types';
import { useResponseAction } from './useResponseAction';
import { changedSinceOpened, ErrorSummary } from '../../shared/components/error-summary';

const AFFECTED_KIND_TEXT: Record<string, string> = { patient: 'Patient', family: 'Family member', carer: 'Carer', staff: 'Member of staff' };

/** "Timeframe": start, target with its due status, the six-month limit, pauses and extensions, and the forms. */
export function TimeframeSection({ response, onSaved }: { response: LearningResponse; onSaved: (r: LearningResponse) => void }) {
  const { me } = useAuth();
  const t = response.timeframe;
  if (!t) return <p>The timeframe starts when the response starts{response.type === 'psii' ? ', once the PSII is verified' : ''}.</p>;
  const canChange = mayCall(me?.roles, 'extendResponse', 'pauseResponse', 'resumeResponse');
  const canSetTarget = mayCall(me?.roles, 'setResponseTarget');
  const openPause = t.pauses.find((p) => !p.resumedOn);
  return (
    <>
      <TimeframeSummary timeframe={t} paused={Boolean(openPause)} />
      <PauseHistory timeframe={t} />
      <ExtensionHistory timeframe={t} />
      {canChange && (openPause ? <ResumeForm response={response} pauseStartedOn={openPause.startedOn} onSaved={onSaved} /> : <PauseForm response={response} timeframe={t} onSaved={onSaved} />)}
      {canChange && <ExtensionForm response={response} timeframe={t} onSaved={onSaved} />}
      {canSetTarget && <TargetForm response={response} onSaved={onSaved} />}
    </>
  );
}

function TimeframeSummary({ timeframe: t, paused }: { timeframe: ResponseTimeframe; paused: boolean }) {
  return (
    <SummaryList
      rows={[
        { key: 'Started', value: formatDate(t.startedOn) },
        {
          key: 'Target completion',
          value: (
            <>
              {formatDate(t.targetCompletionOn)} <DueStatusTag status={t.dueStatus} />
              {paused && <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0">Paused: the clock is stopped and the target moves on each day.</span>}
            </>
          ),
        },
        { key: 'Latest allowed', value: `${formatDate(t.latestAllowedOn)} (six months, not counting the days paused)` },
        { key: 'Days paused', value: String(t.pausedDays) },
      ]}
    />
  );
}

function PauseHistory({ timeframe: t }: { timeframe: ResponseTimeframe }) {
  if (t.pauses.length === 0) return null;
  return (
    <table className="nhsuk-table-responsive">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">Pauses</caption>
      <TableHead headings={['Paused', 'Resumed', 'Days', 'Reason']} />
      <tbody className="nhsuk-table__body">
        {t.pauses.map((p, i) => (
          <tr key={i} className="nhsuk-table__row">
            <Cell heading="Paused">{formatDate(p.startedOn)}</Cell>
            <Cell heading="Resumed">{p.resumedOn ? formatDate(p.resumedOn) : 'Still paused'}</Cell>
            <Cell heading="Days">{p.days}</Cell>
            <Cell heading="Reason">{p.reason}</Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExtensionHistory({ timeframe: t }: { timeframe: ResponseTimeframe }) {
  if (t.extensions.length === 0) return null;
  return (
    <>
      <h3>Extensions</h3>
      {t.extensions.map((e, i) => (
        <SummaryList
          key={i}
          rows={[
            { key: 'Extended', value: `From ${formatDate(e.previousTargetOn)} to ${formatDate(e.newTargetOn)}` },
            { key: 'Reason', value: e.reason },
            { key: 'Agreed by', value: e.agreedBy.map((a) => `${a.name} (${a.relationship})`).join(', ') },
            { key: 'Recorded', value: `${formatDateTime(e.recordedAt)}${e.recordedBy ? ` by ${e.recordedBy}` : ''}` },
          ]}
        />
      ))}
    </>
  );
}

interface FormProps {
  response: LearningResponse;
  onSaved: (r: LearningResponse) => void;
}

function PauseForm({ response, timeframe, onSaved }: FormProps & { timeframe: ResponseTimeframe }) {
  const { api } = useAuth();
  const [start, setStart] = useState<DateParts>(NO_DATE);
  const [reason, setReason] = useState('');
  const action = useResponseAction('You do not have access to pause this response.', timeframeControlFor, onSaved);
  const errors = toErrorMap(action.errors);
  const submit = (e: FormEvent) =>
    void action.run(
      e,
      () => checkPause(start, reason, timeframe.startedOn, todayInUk()),
      () =>
        call(api.POST('/api/v1/responses/{responseId}/pauses', {
          params: { path: { responseId: response.id } },
          body: { version: response.version, startedOn: fromDateParts(start)!, reason: reason.trim() },
        })),
    );
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary problem={action.problem} focusKey={action.submits} titleId="pause-error-summary" refusedTitle="The response has not been paused" conflict={changedSinceOpened('This learning response changed after you opened it')} />
      <h3>Pause the response</h3>
      <p>For example, when the police ask for the response to wait. The clock stops until it resumes.</p>
      <DateInput id={F.pauseStart} legend="Date the pause started" value={start} onChange={setStart} error={errors[`${F.pauseStart}-day`]} />
      <Textarea id={F.pauseReason} label="Reason for the pause" rows={3} maxLength={REASON_MAX_LENGTH} value={reason} onChange={setReason} error={errors[F.pauseReason]} />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={action.saving} aria-disabled={action.saving}>
        Pause the response
      </button>
    </form>
  );
}

function ResumeForm({ response, pauseStartedOn, onSaved }: FormProps & { pauseStartedOn: string }) {
  const { api } = useAuth();
  const [resumed, setResumed] = useState<DateParts>(NO_DATE);
  const action = useResponseAction('You do not have access to resume this response.', timeframeControlFor, onSaved);
  const errors = toErrorMap(action.errors);
  const submit = (e: FormEvent) =>
    void action.run(
      e,
      () => checkResumption(resumed, pauseStartedOn, todayInUk()),
      () =>
        call(api.POST('/api/v1/responses/{responseId}/resumption', {
          params: { path: { responseId: response.id } },
          body: { version: response.version, resumedOn: fromDateParts(resumed)! },
        })),
    );
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary problem={action.problem} focusKey={action.submits} titleId="resume-error-summary" refusedTitle="The response has not been resumed" conflict={changedSinceOpened('This learning response changed after you opened it')} />
      <h3>Resume the response</h3>
      <p>Paused since {formatDate(pauseStartedOn)}.</p>
      <DateInput id={F.resumed} legend="Date the response resumed" value={resumed} onChange={setResumed} error={errors[`${F.resumed}-day`]} />
      <button className="nhsuk-button" type="submit" disabled={action.saving} aria-disabled={action.saving}>
        Resume the response
      </button>
    </form>
  );
}

/** The people affected recorded on the response (engagement): an extension is agreed with them, chosen from the list. */
function ExtensionForm({ response, timeframe, onSaved }: FormProps & { timeframe: ResponseTimeframe }) {
  const { api } = useAuth();
  const affected = useLoad(
    async () => (await call(api.GET('/api/v1/responses/{responseId}/engagement', { params: { path: { responseId: response.id } } }))).people,
    [api, response.id],
  );
  const [newTarget, setNewTarget] = useState<DateParts>(NO_DATE);
  const [reason, setReason] = useState('');
  const [agreedBy, setAgreedBy] = useState<string[]>([]);
  const action = useResponseAction('You do not have access to extend this response.', timeframeControlFor, (r) => {
    setNewTarget(NO_DATE);
    setReason('');
    setAgreedBy([]);
    onSaved(r);
  });
  const errors = toErrorMap(action.errors);
  const people = affected.state === 'ok' ? affected.data : [];
  const toggle = (id: string, checked: boolean) => setAgreedBy(checked ? [...agreedBy, id] : agreedBy.filter((a) => a !== id));
  const submit = (e: FormEvent) =>
    void action.run(
      e,
      () => checkExtension({ newTarget, reason, agreedBy }, timeframe.targetCompletionOn, timeframe.latestAllowedOn),
      () =>
        call(api.POST('/api/v1/responses/{responseId}/extensions', {
          params: { path: { responseId: response.id } },
          body: {
            version: response.version,
            newTargetOn: fromDateParts(newTarget)!,
            reason: reason.trim(),
            agreedBy: agreedBy.map((personAffectedId) => ({ personAffectedId })),
          },
        })),
    );
  if (affected.state === 'loading') return null;
  if (people.length === 0) {
    return (
      <>
        <h3>Extend the timeframe</h3>
        <p>
          An extension is agreed with those affected. Record the people affected first, under{' '}
          <Link to={`/responses/${response.id}/engagement`}>Engagement and involvement</Link>.
        </p>
      </>
    );
  }
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary problem={action.problem} focusKey={action.submits} titleId="extension-error-summary" refusedTitle="The extension has not been recorded" conflict={changedSinceOpened('This learning response changed after you opened it')} />
      <h3>Extend the timeframe</h3>
      <p>An extension is agreed with those affected (patient, family, carer, staff). The latest allowed date is {formatDate(timeframe.latestAllowedOn)}.</p>
      <DateInput id={F.newTarget} legend="New target date" value={newTarget} onChange={setNewTarget} error={errors[`${F.newTarget}-day`]} />
      <Textarea id={F.extensionReason} label="Reason for the extension" rows={3} maxLength={REASON_MAX_LENGTH} value={reason} onChange={setReason} error={errors[F.extensionReason]} />
      <div className={`nhsuk-form-group${errors[F.agreedBy] ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" aria-describedby={`extension-agreed-hint${errors[F.agreedBy] ? ' extension-agreed-error' : ''}`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Who among the people affected agreed?</legend>
          <div className="nhsuk-hint" id="extension-agreed-hint">
            Select all that apply. They are the people affected recorded under Engagement and involvement.
          </div>
          <ErrorMessage id="extension-agreed" message={errors[F.agreedBy]} />
          {people.map((p, i) => (
            <Checkbox
              key={p.id}
              id={F.agreed(i)}
              label={p.name}
              hint={AFFECTED_KIND_TEXT[p.kind] ?? p.kind}
              checked={agreedBy.includes(p.id)}
              onChange={(c) => toggle(p.id, c)}
            />
          ))}
        </fieldset>
      </div>
      <div>
        <button className="nhsuk-button" type="submit" disabled={action.saving} aria-disabled={action.saving}>
          Record the extension
        </button>
      </div>
    </form>
  );
}

function TargetForm({ response, onSaved }: FormProps) {
  const { api } = useAuth();
  const [target, setTarget] = useState<DateParts>(NO_DATE);
  const action = useResponseAction('You do not have access to set the target.', timeframeControlFor, onSaved);
  const errors = toErrorMap(action.errors);
  const check = (): FieldMessage[] => {
    const errs: FieldMessage[] = [];
    requireDate(target, F.target, 'The target completion date', errs);
    return errs;
  };
  const submit = (e: FormEvent) =>
    void action.run(e, check, () =>
      call(api.PUT('/api/v1/responses/{responseId}/target', {
        params: { path: { responseId: response.id } },
        body: { version: response.version, targetCompletionOn: fromDateParts(target)! },
      })),
    );
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary problem={action.problem} focusKey={action.submits} titleId="target-error-summary" refusedTitle="The target has not been saved" conflict={changedSinceOpened('This learning response changed after you opened it')} />
      <h3>Set an earlier target</h3>
      <DateInput id={F.target} legend="Target completion date" hint="No later than the default for the type; a later date is an extension." value={target} onChange={setTarget} error={errors[`${F.target}-day`]} />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={action.saving} aria-disabled={action.saving}>
        Save the target
      </button>
    </form>
  );
}
