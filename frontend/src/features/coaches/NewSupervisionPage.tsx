import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { NO_DATE, todayInUk } from '../../shared/components/dateParts';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Select, Textarea } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { NOTES_MAX, SESSION_FIELD, dayBox, sessionFieldId, sessionInput, validateSession, type SessionDraft } from './coachForms';
import { useCoachOptions } from './useOptions';

/** Records a supervision session an improvement advisor held with a coach (a log: not changed once saved). */
export function NewSupervisionPage({ id }: { id: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const options = useCoachOptions();
  const coach = useLoad(() => call(api.GET('/api/v1/coaches/{coachId}', { params: { path: { coachId: id } } })), [api, id]);
  const [draft, setDraft] = useState<SessionDraft>({ heldOn: { ...NO_DATE }, advisorPersonId: '', notes: '', nextSessionOn: { ...NO_DATE } });
  const save = useSubmit(wordsFor(sessionFieldId, 'You do not have access to record supervision for this coach.'));
  usePageTitle('Record a supervision session', hasProblem(save.problem));

  if (coach.state === 'loading' || options.state === 'loading') return <Loading />;
  if (coach.state === 'error') return <ApiErrorView error={coach.error} />;
  if (options.state === 'error') return <ApiErrorView error={options.error} />;
  const c = coach.data;
  const errors = save.fieldErrors;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run(
      () => validateSession(draft, todayInUk(), c.coach.personId),
      async () => {
        await call(api.POST('/api/v1/coaches/{coachId}/supervision-sessions', { params: { path: { coachId: c.id } }, body: sessionInput(draft) }));
        navigate(`/coaches/${c.id}`, { state: { saved: 'Supervision session recorded.' } });
      },
    );
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/coaches/${c.id}`}>{c.coach.name}</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} title="The session has not been recorded" />
        <h1>
          <span className="nhsuk-caption-l">{c.coach.name}</span>
          Record a supervision session
        </h1>
        <form noValidate onSubmit={submit} aria-label="Supervision session">
          <DateInput id={SESSION_FIELD.heldOn} legend="Date of the session" value={draft.heldOn} onChange={(v) => setDraft({ ...draft, heldOn: v })} error={errors[dayBox(SESSION_FIELD.heldOn)]} />
          <Select
            id={SESSION_FIELD.advisorPersonId}
            label="Improvement advisor who held the session"
            options={options.data.people.filter((o) => o.value !== c.coach.personId)}
            placeholder="Select a person"
            value={draft.advisorPersonId}
            onChange={(v) => setDraft({ ...draft, advisorPersonId: v })}
            error={errors[SESSION_FIELD.advisorPersonId]}
          />
          <Textarea
            id={SESSION_FIELD.notes}
            label="Notes (optional)"
            hint="Only the coach and the advisor who held the session can read them. Do not name patients."
            rows={4}
            maxLength={NOTES_MAX}
            value={draft.notes}
            onChange={(v) => setDraft({ ...draft, notes: v })}
            error={errors[SESSION_FIELD.notes]}
          />
          <DateInput
            id={SESSION_FIELD.nextSessionOn}
            legend="Date of the next session (optional)"
            value={draft.nextSessionOn}
            onChange={(v) => setDraft({ ...draft, nextSessionOn: v })}
            error={errors[dayBox(SESSION_FIELD.nextSessionOn)]}
          />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Record the session
          </button>
        </form>
      </div>
    </div>
  );
}
