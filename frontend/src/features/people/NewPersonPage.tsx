import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink } from '../../shared/components/misc';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PersonFields } from './PersonFields';
import { personDraftOf, personFieldId, validatePerson, type PersonDraft } from './peopleForms';

/** Adds a person to the directory; their training is recorded on their page. */
export function NewPersonPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<PersonDraft>(personDraftOf());
  const s = useSubmit(wordsFor(personFieldId, 'You do not have access to add people.'));
  usePageTitle('Add a person', hasProblem(s.problem));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = validatePerson(draft);
    await s.run(() => errors, async () => {
      const body = { name: draft.name.trim(), email: draft.email.trim(), ...(draft.jobRole.trim() ? { jobRole: draft.jobRole.trim() } : {}) };
      const created = await call(api.POST('/api/v1/people', { body }));
      navigate(`/people/${created.id}`);
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/people">People and training</BackLink>
        <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="person-problem" conflict={changedWhileWorking('person', () => undefined)} />
        <h1>Add a person</h1>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="New person">
          <PersonFields draft={draft} onChange={setDraft} errors={s.fieldErrors} />
          <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
            Add person
          </button>
        </form>
      </div>
    </div>
  );
}
