import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { NO_DATE, todayInUk } from '../../shared/components/dateParts';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { Radios, TextInput, Textarea } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { RECORD_FIELD, dayBox, recordFieldId, recordInput, validateRecord, type RecordDraft } from './coachingForms';

const EMPTY: RecordDraft = {
  happened: '',
  mode: 'in-person',
  heldOn: { ...NO_DATE },
  startsAt: '',
  finishesAt: '',
  minutesSpent: '',
  topic: '',
  issuesArising: '',
  actions: [{ action: '', owner: '' }],
  nextMeetingOn: { ...NO_DATE },
  cancelledBy: '',
  rescheduledTo: { ...NO_DATE },
  rescheduledBy: '',
};

const SIDES = [
  { value: 'coach', text: 'The coach' },
  { value: 'coachee', text: 'The coachee' },
];

/** The record of coaching (004_*): a session held, in person or by e-mail, or a cancellation and who rearranged it. */
export function RecordSessionPage({ id }: { id: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<RecordDraft>(EMPTY);
  const save = useSubmit({ ...wordsFor(recordFieldId, 'Only the coaches of the contract record its sessions.'), refusedNow: 'The session cannot be recorded on this contract' });
  const submit = save.handle(
    () => validateRecord(draft, todayInUk()),
    async () => {
      await call(api.POST('/api/v1/coaching/contracts/{contractId}/records', { params: { path: { contractId: id } }, body: recordInput(draft) }));
      navigate(`/coaching/${id}`);
    },
  );
  usePageTitle('Record a coaching session', hasProblem(save.problem));
  const errors = save.fieldErrors;
  const set = (change: Partial<RecordDraft>) => setDraft({ ...draft, ...change });
  const setAction = (i: number, change: Partial<RecordDraft['actions'][number]>) =>
    set({ actions: draft.actions.map((a, j) => (j === i ? { ...a, ...change } : a)) });

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/coaching/${id}`}>Coaching contract</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="record-problem" conflict={changedWhileWorking('contract', () => navigate(0))} />
        <h1>Record a coaching session</h1>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="Coaching record">
          <Radios
            id={RECORD_FIELD.happened}
            legend="Did the session take place?"
            value={draft.happened}
            onChange={(v) => set({ happened: v as RecordDraft['happened'] })}
            error={errors[RECORD_FIELD.happened]}
            options={[
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No, it was cancelled' },
            ]}
          />
          <DateInput id={RECORD_FIELD.heldOn} legend="Date of the session" value={draft.heldOn} onChange={(v) => set({ heldOn: v })} error={errors[dayBox(RECORD_FIELD.heldOn)]} />
          {draft.happened === 'yes' && (
            <>
              <Radios
                id={RECORD_FIELD.mode}
                legend="How was the coaching given?"
                legendSize="s"
                value={draft.mode}
                onChange={(v) => set({ mode: v as RecordDraft['mode'] })}
                error={errors[RECORD_FIELD.mode]}
                options={[
                  { value: 'in-person', text: 'In a session' },
                  { value: 'email', text: 'By e-mail' },
                ]}
              />
              {draft.mode === 'in-person' ? (
                <>
                  <TextInput id={RECORD_FIELD.startsAt} label="Start time" hint="For example, 14:00" type="time" width={5} value={draft.startsAt} onChange={(v) => set({ startsAt: v })} error={errors[RECORD_FIELD.startsAt]} />
                  <TextInput id={RECORD_FIELD.finishesAt} label="Finish time" hint="For example, 15:00" type="time" width={5} value={draft.finishesAt} onChange={(v) => set({ finishesAt: v })} error={errors[RECORD_FIELD.finishesAt]} />
                </>
              ) : (
                <TextInput
                  id={RECORD_FIELD.minutesSpent}
                  label="Time spent, in minutes"
                  width={3}
                  inputMode="numeric"
                  value={draft.minutesSpent}
                  onChange={(v) => set({ minutesSpent: v })}
                  error={errors[RECORD_FIELD.minutesSpent]}
                />
              )}
              <Textarea id={RECORD_FIELD.topic} label="Topic or subject brought to the coach" hint="Do not name patients." rows={2} maxLength={1000} value={draft.topic} onChange={(v) => set({ topic: v })} error={errors[RECORD_FIELD.topic]} />
              <Textarea id={RECORD_FIELD.issuesArising} label="Issues arising" rows={3} maxLength={4000} value={draft.issuesArising} onChange={(v) => set({ issuesArising: v })} error={errors[RECORD_FIELD.issuesArising]} />
              {draft.actions.map((a, i) => (
                <fieldset className="nhsuk-fieldset" key={i}>
                  <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{`Action ${i + 1} (optional)`}</legend>
                  <TextInput id={`record-action-${i}`} label="What is to be done" value={a.action} onChange={(v) => setAction(i, { action: v })} error={errors[`record-action-${i}`]} />
                  <TextInput id={`record-owner-${i}`} label="Who takes it forward" value={a.owner} onChange={(v) => setAction(i, { owner: v })} error={errors[`record-owner-${i}`]} />
                </fieldset>
              ))}
              <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => set({ actions: [...draft.actions, { action: '', owner: '' }] })}>
                Add another action
              </button>
              <DateInput id={RECORD_FIELD.nextMeetingOn} legend="Date of the next meeting (optional)" value={draft.nextMeetingOn} onChange={(v) => set({ nextMeetingOn: v })} error={errors[dayBox(RECORD_FIELD.nextMeetingOn)]} />
            </>
          )}
          {draft.happened === 'no' && (
            <>
              <Radios id={RECORD_FIELD.cancelledBy} legend="Who cancelled?" legendSize="s" value={draft.cancelledBy} onChange={(v) => set({ cancelledBy: v as RecordDraft['cancelledBy'] })} error={errors[RECORD_FIELD.cancelledBy]} options={SIDES} />
              <DateInput id={RECORD_FIELD.rescheduledTo} legend="New date, if it was rearranged (optional)" value={draft.rescheduledTo} onChange={(v) => set({ rescheduledTo: v })} error={errors[dayBox(RECORD_FIELD.rescheduledTo)]} />
              <Radios id={RECORD_FIELD.rescheduledBy} legend="Who rearranged it?" legendSize="s" value={draft.rescheduledBy} onChange={(v) => set({ rescheduledBy: v as RecordDraft['rescheduledBy'] })} error={errors[RECORD_FIELD.rescheduledBy]} options={SIDES} />
            </>
          )}
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Save the record
          </button>
        </form>
      </div>
    </div>
  );
}
