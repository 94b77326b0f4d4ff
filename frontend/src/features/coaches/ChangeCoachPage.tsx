import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { CoachFields } from './CoachFields';
import { coachDraftOf, coachFieldId, coachInput, validateCoach, type CoachDraft } from './coachForms';
import { useCoachOptions } from './useOptions';

/** Changes a coach's entry (kind, directorate, dates) or ends it with an end date. */
export function ChangeCoachPage({ id }: { id: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const options = useCoachOptions();
  const coach = useLoad(() => call(api.GET('/api/v1/coaches/{coachId}', { params: { path: { coachId: id } } })), [api, id]);
  const [draft, setDraft] = useState<CoachDraft | null>(null);
  const loaded = coach.state === 'ok' ? coach.data : null;
  useEffect(() => {
    if (loaded) setDraft(coachDraftOf(loaded));
  }, [loaded]);
  const save = useSubmit(wordsFor(coachFieldId, 'You do not have access to change this entry of the coach register.'));
  usePageTitle(loaded ? `Change ${loaded.coach.name}'s entry` : 'Change a coach’s entry', hasProblem(save.problem));

  if (coach.state === 'loading' || options.state === 'loading') return <Loading />;
  if (coach.state === 'error') return <ApiErrorView error={coach.error} />;
  if (options.state === 'error') return <ApiErrorView error={options.error} />;
  if (!draft) return <Loading />;
  const c = coach.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run(
      () => validateCoach(draft),
      async () => {
        await call(api.PUT('/api/v1/coaches/{coachId}', { params: { path: { coachId: c.id } }, body: coachInput(draft, c.version) }));
        navigate(`/coaches/${c.id}`, { state: { saved: 'Entry saved.' } });
      },
    );
  };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/coaches/${c.id}`}>{c.coach.name}</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} title="The entry has not been saved" conflict={changedWhileWorking('coach', coach.reload)} />
        <h1>
          <span className="nhsuk-caption-l">{c.coach.name}</span>
          Change or end this entry
        </h1>
        <form noValidate onSubmit={submit} aria-label="Change the entry">
          <CoachFields draft={draft} onChange={setDraft} errors={save.fieldErrors} people={options.data.people} directorates={options.data.directorates} changing />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Save the entry
          </button>
        </form>
      </div>
    </div>
  );
}
