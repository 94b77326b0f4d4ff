import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink } from '../../shared/components/misc';
import { SaveProblemSummary } from '../../shared/components/SaveProblemSummary';
import { fieldErrorsOf, saveProblemFrom, type SaveProblem } from '../../shared/components/saveProblem';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PersonFields } from './PersonFields';
import { personDraftOf, personFieldId, validatePerson, type PersonDraft } from './peopleForms';

/** Adds a person to the directory; their training is recorded on their page. */
export function NewPersonPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<PersonDraft>(personDraftOf());
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [submits, setSubmits] = useState(0);
  usePageTitle('Add a person', problem !== null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmits((s) => s + 1);
    const errors = validatePerson(draft);
    setProblem(errors.length ? { kind: 'fields', errors } : null);
    if (errors.length) return;
    setSaving(true);
    try {
      const body = { name: draft.name.trim(), email: draft.email.trim(), ...(draft.jobRole.trim() ? { jobRole: draft.jobRole.trim() } : {}) };
      const created = await call(api.POST('/api/v1/people', { body }));
      navigate(`/people/${created.id}`);
    } catch (err) {
      setProblem(saveProblemFrom(err, personFieldId, 'You do not have access to add people.'));
      setSaving(false);
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/people">People and training</BackLink>
        <SaveProblemSummary problem={problem} focusKey={submits} titleId="person-problem" what="person" onReload={() => undefined} />
        <h1>Add a person</h1>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="New person">
          <PersonFields draft={draft} onChange={setDraft} errors={fieldErrorsOf(problem)} />
          <button className="nhsuk-button" type="submit" disabled={saving} aria-disabled={saving}>
            Add person
          </button>
        </form>
      </div>
    </div>
  );
}
