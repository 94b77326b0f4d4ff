import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Checkbox, TextInput } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { EMPTY_SESSION, SESSION_FIELD, sessionInput, validateSession, type SessionDraft } from './sessionForm';

/** Adds a session to a programme: when, where (or online) and who facilitates. */
export function NewSessionPage({ programmeId }: { programmeId: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<SessionDraft>(EMPTY_SESSION);
  const save = useSubmit(placedBy(SESSION_FIELD, 'You do not have access to add sessions.'));
  const set = (change: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = save.handle(
    () => validateSession(draft),
    async () => {
      const created = await call(
        api.POST('/api/v1/programmes/{programmeId}/sessions', { params: { path: { programmeId } }, body: sessionInput(draft) }),
      );
      navigate(`/programme-sessions/${created.id}`);
    },
  );
  usePageTitle('Add a session', hasProblem(save.problem));
  const errors = save.fieldErrors;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/programmes/${programmeId}`}>Back to the programme</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="session-problem" />
        <h1>Add a session</h1>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="New session">
          <TextInput id={SESSION_FIELD.heldOn} label="Date" type="date" value={draft.heldOn} error={errors[SESSION_FIELD.heldOn]} onChange={(heldOn) => set({ heldOn })} />
          <TextInput id={SESSION_FIELD.startsAt} label="Start time" type="time" width={5} value={draft.startsAt} error={errors[SESSION_FIELD.startsAt]} onChange={(startsAt) => set({ startsAt })} />
          <TextInput id={SESSION_FIELD.endsAt} label="Finish time" type="time" width={5} value={draft.endsAt} error={errors[SESSION_FIELD.endsAt]} onChange={(endsAt) => set({ endsAt })} />
          <TextInput id={SESSION_FIELD.venue} label="Venue" hint="Leave empty for a session held only online" value={draft.venue} error={errors[SESSION_FIELD.venue]} onChange={(venue) => set({ venue })} />
          <Checkbox id="session-online" label="The session is online" checked={draft.online} onChange={(online) => set({ online })} />
          <TextInput id={SESSION_FIELD.facilitator} label="Facilitator" value={draft.facilitator} error={errors[SESSION_FIELD.facilitator]} onChange={(facilitator) => set({ facilitator })} />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Add session
          </button>
        </form>
      </div>
    </div>
  );
}
