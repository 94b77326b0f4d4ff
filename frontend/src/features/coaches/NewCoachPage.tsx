import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { fromDateParts } from '../../shared/components/dateParts';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { formatDate } from '../../shared/components/format';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { CoachFields } from './CoachFields';
import { coachDraftOf, coachFieldId, coachInput, validateCoach, type CoachDraft } from './coachForms';
import { KIND_TEXT } from './text';
import { useCoachOptions } from './useOptions';

/** Registers a coach: the form, then the answers checked before the entry is made. */
export function NewCoachPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const options = useCoachOptions();
  const [draft, setDraft] = useState<CoachDraft>(coachDraftOf());
  const [checking, setChecking] = useState(false);
  const save = useSubmit(wordsFor(coachFieldId, 'You do not have access to register coaches.'));
  usePageTitle(checking ? 'Check the coach before registering them' : 'Register a coach', hasProblem(save.problem));

  const toCheck = (e: FormEvent) => {
    e.preventDefault();
    void save.run(() => validateCoach(draft), async () => setChecking(true));
  };
  const register = async () => {
    const sent = await save.run(
      () => [],
      () => call(api.POST('/api/v1/coaches', { body: coachInput(draft) })),
    );
    if (sent) navigate(`/coaches/${sent.result.id}`);
    else setChecking(false);
  };
  const nameOf = (value: string, list: { value: string; text: string }[]) => list.find((o) => o.value === value)?.text ?? '';

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/coaches">Coach register</BackLink>
        {options.state === 'loading' && <Loading />}
        {options.state === 'error' && <ApiErrorView error={options.error} />}
        {options.state === 'ok' && checking && (
          <>
            <h1>Check the coach before registering them</h1>
            <SummaryList
              rows={[
                { key: 'Coach', value: nameOf(draft.personId, options.data.people) },
                { key: 'Kind of coach', value: draft.kind ? KIND_TEXT[draft.kind] : '' },
                { key: 'Directorate', value: nameOf(draft.directorateId, options.data.directorates) },
                { key: 'Start date', value: formatDate(fromDateParts(draft.startedOn)) },
              ]}
            />
            <div className="nhsuk-button-group">
              <button className="nhsuk-button" type="button" onClick={() => void register()} disabled={save.saving} aria-disabled={save.saving}>
                Register the coach
              </button>
              <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setChecking(false)}>
                Change the answers
              </button>
            </div>
          </>
        )}
        {options.state === 'ok' && !checking && (
          <>
            <ErrorSummary problem={save.problem} focusKey={save.submits} title="The coach has not been registered" conflict={changedWhileWorking('coach', () => undefined)} />
            <h1>Register a coach</h1>
            <form noValidate onSubmit={toCheck} aria-label="New coach">
              <CoachFields draft={draft} onChange={setDraft} errors={save.fieldErrors} people={options.data.people} directorates={options.data.directorates} />
              <button className="nhsuk-button" type="submit">
                Continue
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
