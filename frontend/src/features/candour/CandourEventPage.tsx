import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { DateInput } from '../../shared/components/date-input';
import { todayInUk } from '../../shared/components/dateParts';
import { Checkbox, Fieldset, Radios, Textarea, TextInput, toErrorMap } from '../../shared/components/fields';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList, type SummaryRow } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { BankHolidayWarning } from './BankHolidayWarning';
import {
  IDS,
  REASON_MAX,
  controlFor,
  decisionFormOf,
  stepsFormOf,
  toDecisionInput,
  toStepsInput,
  validateDecision,
  validateSteps,
  type DecisionForm,
  type StepsForm } from './candourForms';
import { CandourStatusTag } from './text';
import type { Candour } from './types';
import { changedSinceOpened, ErrorSummary } from '../../shared/components/error-summary';
import { useSave } from './useSave';

/** Duty of Candour for one event (policy §6): the notifiable decision and the three steps. */
export function CandourEventPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const result = useLoad(() => call(api.GET('/api/v1/candour/events/{eventId}', { params: { path: { eventId: id } } })), [api, id]);
  const [candour, setCandour] = useState<Candour | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setCandour(result.state === 'ok' ? result.data : null), [result.state, result.data]);
  usePageTitle(candour ? `Duty of Candour for ${candour.eventReference}` : 'Duty of Candour');

  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  if (!candour) return <Loading />;
  const saved = (c: Candour, message: string) => {
    setCandour(c);
    setNotice(message);
  };
  const reload = () => {
    setNotice(null);
    result.reload();
  };
  const readsList = mayCall(me?.roles, 'listCandour');

  return (
    <>
      <BackLink to={readsList ? '/candour' : '/'}>{readsList ? 'Duty of Candour' : 'Home'}</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {notice && (
            <div className="nhsuk-inset-text" role="status">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>{notice}</p>
            </div>
          )}
          <h1>
            <span className="nhsuk-caption-l">Duty of Candour</span>
            {candour.eventReference}
          </h1>
          <p>
            Status: <CandourStatusTag status={candour.status} />
          </p>
          <CandourFacts candour={candour} readsEvent={readsList} />
          <h2>Is the event notifiable?</h2>
          <p>The system proposes: {candour.proposalExplanation}.</p>
          {candour.decision && (
            <SummaryList
              rows={[
                { key: 'Notifiable', value: candour.decision.notifiable ? 'Yes' : 'No' },
                { key: 'Prolonged psychological harm', value: candour.decision.prolongedPsychologicalHarm ? 'Yes' : 'No' },
                { key: 'Why', value: <MultilineText text={candour.decision.reason} /> },
                { key: 'Decided by', value: candour.decision.decidedBy ?? 'Patient safety specialist' },
                { key: 'Decided', value: formatDateTime(candour.decision.decidedAt) },
              ]}
            />
          )}
          {candour.mayDecide && <DecisionSection candour={candour} onSaved={(c) => saved(c, 'Notifiable decision saved.')} onReload={reload} />}
          {candour.decision?.notifiable && (
            <>
              <h2>Candour steps</h2>
              <WrittenDue candour={candour} />
              <StepsSummary candour={candour} />
              {candour.mayRecordSteps && <StepsSection candour={candour} onSaved={(c) => saved(c, 'Candour steps saved.')} onReload={reload} />}
            </>
          )}
        </div>
      </div>
    </>
  );
}

function CandourFacts({ candour: c, readsEvent }: { candour: Candour; readsEvent: boolean }) {
  const rows: SummaryRow[] = [
    { key: 'Event', value: readsEvent ? <Link to={`/triage/${c.eventId}`}>{c.eventReference}</Link> : c.eventReference },
    { key: 'Physical harm', value: c.physicalHarm.display },
    { key: 'Psychological harm', value: c.psychologicalHarm.display },
  ];
  if (c.responses.length) {
    rows.push({
      key: c.responses.length === 1 ? 'Learning response' : 'Learning responses',
      value: c.responses.map((r, i) => (
        <span key={r.id}>
          {i > 0 && ', '}
          {readsEvent ? <Link to={`/responses/${r.id}`}>{r.reference}</Link> : r.reference}
        </span>
      )),
    });
  }
  return <SummaryList rows={rows} />;
}

/**
 * "Written notification due 6 January 2027" (10 working days after the verbal one), flagged when overdue, with a
 * warning callout (unless `warn` is false, where it is shown already) when it falls after the known bank holidays.
 */
export function WrittenDue({ candour: c, warn = true }: { candour: Candour; warn?: boolean }) {
  const s = c.steps;
  if (!s.writtenDueOn) return <p>The written notification is due 10 working days after the verbal notification.</p>;
  if (s.writtenSentOn || s.writtenNotDoneReason) return null;
  return (
    <>
      <p>
        Written notification due {formatDate(s.writtenDueOn)}{' '}
        {s.writtenOverdue && <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>}
      </p>
      {warn && s.writtenDueWarning && (
        <BankHolidayWarning linkToList>
          <p>{s.writtenDueWarning}</p>
        </BankHolidayWarning>
      )}
    </>
  );
}

function StepsSummary({ candour: c }: { candour: Candour }) {
  const s = c.steps;
  const step = (on: string | null | undefined, reason: string | null | undefined) =>
    on ? formatDate(on) : reason ? <>Not done: <MultilineText text={reason} /></> : 'Not yet';
  return (
    <SummaryList
      rows={[
        { key: 'Verbal notification and apology', value: step(s.verbalNotifiedOn, s.verbalNotDoneReason) },
        ...(s.verbalNotifiedOn ? [{ key: 'Given by', value: s.verbalNotifiedBy ?? '' }, { key: 'Given to', value: s.verbalNotifiedTo ?? '' }] : []),
        { key: 'Written notification', value: step(s.writtenSentOn, s.writtenNotDoneReason) },
        { key: 'Findings shared', value: step(s.findingsSharedOn, s.findingsNotDoneReason) },
      ]}
    />
  );
}

interface SectionProps {
  candour: Candour;
  onSaved: (c: Candour) => void;
  onReload: () => void;
}

function DecisionSection({ candour, onSaved, onReload }: SectionProps) {
  const { api } = useAuth();
  const [form, setForm] = useState<DecisionForm>(() => decisionFormOf(candour));
  useEffect(() => setForm(decisionFormOf(candour)), [candour.version]);
  const save = useSave(controlFor, 'decide whether the event is notifiable');
  const errors = toErrorMap(save.errors);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const updated = await save.run(validateDecision(form), () =>
      call(api.PUT('/api/v1/candour/events/{eventId}/decision', { params: { path: { eventId: candour.eventId } }, body: toDecisionInput(form, candour.version) })),
    );
    if (updated) onSaved(updated);
  };
  return (
    <>
      <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="decision-problem" refusedTitle="The decision has not been saved" conflict={changedSinceOpened('This candour record changed after you opened it', onReload, 'Reload the candour record')} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <h3>{candour.decision ? 'Change the decision' : 'Record the decision'}</h3>
        <Checkbox
          id={IDS.prolonged}
          label="The psychological harm is prolonged"
          hint="LFPSE psychological harm levels do not say whether harm is prolonged; prolonged psychological harm makes the event notifiable."
          checked={form.prolonged}
          onChange={(v) => setForm({ ...form, prolonged: v, notifiable: v ? 'yes' : form.notifiable })}
        />
        <Radios
          id={IDS.notifiable}
          legend="Is the event notifiable under the Duty of Candour?"
          legendSize="s"
          value={form.notifiable}
          onChange={(v) => setForm({ ...form, notifiable: v as DecisionForm['notifiable'] })}
          options={[
            { value: 'yes', text: 'Yes, it is notifiable' },
            { value: 'no', text: 'No, it is not notifiable' },
          ]}
          error={errors[IDS.notifiable]}
        />
        <Textarea id={IDS.reason} label="Why" rows={3} maxLength={REASON_MAX} value={form.reason} onChange={(v) => setForm({ ...form, reason: v })} error={errors[IDS.reason]} />
        <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
          Save the decision
        </button>
      </form>
    </>
  );
}

function StepsSection({ candour, onSaved, onReload }: SectionProps) {
  const { api } = useAuth();
  const [form, setForm] = useState<StepsForm>(() => stepsFormOf(candour));
  useEffect(() => setForm(stepsFormOf(candour)), [candour.version]);
  const save = useSave(controlFor, 'record the candour steps');
  const errors = toErrorMap(save.errors);
  const set = <K extends keyof StepsForm>(key: K, value: StepsForm[K]) => setForm({ ...form, [key]: value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const updated = await save.run(validateSteps(form, todayInUk()), () =>
      call(api.PUT('/api/v1/candour/events/{eventId}/steps', { params: { path: { eventId: candour.eventId } }, body: toStepsInput(form, candour.version) })),
    );
    if (updated) onSaved(updated);
  };
  const reasonHint = 'Leave empty when the step was done.';
  return (
    <>
      <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="steps-problem" refusedTitle="The candour steps have not been saved" conflict={changedSinceOpened('This candour record changed after you opened it', onReload, 'Reload the candour record')} />
      <form noValidate onSubmit={(e) => void submit(e)}>
        <h3>Record the candour steps</h3>
        <Fieldset legend="Verbal notification and apology" size="s">
          <DateInput id={IDS.verbalOn} legend="Date of the verbal notification" value={form.verbalOn} onChange={(v) => set('verbalOn', v)} error={errors[`${IDS.verbalOn}-day`]} />
          <TextInput id={IDS.verbalBy} label="Given by" hint="Name or role of who gave it" value={form.verbalBy} onChange={(v) => set('verbalBy', v)} error={errors[IDS.verbalBy]} />
          <TextInput id={IDS.verbalTo} label="Given to" hint="Who was told, for example the patient or the patient’s daughter" value={form.verbalTo} onChange={(v) => set('verbalTo', v)} error={errors[IDS.verbalTo]} />
          <Textarea id={IDS.verbalReason} label="Why the verbal notification could not be given (if it could not)" hint={reasonHint} rows={2} maxLength={REASON_MAX} value={form.verbalReason} onChange={(v) => set('verbalReason', v)} error={errors[IDS.verbalReason]} />
        </Fieldset>
        <Fieldset legend="Written notification" size="s">
          <WrittenDue candour={candour} warn={false} />
          <DateInput id={IDS.writtenOn} legend="Date the written notification was sent" value={form.writtenOn} onChange={(v) => set('writtenOn', v)} error={errors[`${IDS.writtenOn}-day`]} />
          <Textarea id={IDS.writtenReason} label="Why the written notification could not be sent (if it could not)" hint={reasonHint} rows={2} maxLength={REASON_MAX} value={form.writtenReason} onChange={(v) => set('writtenReason', v)} error={errors[IDS.writtenReason]} />
        </Fieldset>
        <Fieldset legend="Findings shared" size="s">
          <DateInput id={IDS.findingsOn} legend="Date the findings were shared" value={form.findingsOn} onChange={(v) => set('findingsOn', v)} error={errors[`${IDS.findingsOn}-day`]} />
          <Textarea id={IDS.findingsReason} label="Why the findings could not be shared (if they could not)" hint={reasonHint} rows={2} maxLength={REASON_MAX} value={form.findingsReason} onChange={(v) => set('findingsReason', v)} error={errors[IDS.findingsReason]} />
        </Fieldset>
        <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
          Save the candour steps
        </button>
      </form>
    </>
  );
}
