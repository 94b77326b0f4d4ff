import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Textarea, TextInput, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';

const FIELD = { title: 'programme-title', summary: 'programme-summary' };

/** Adds a programme the trust runs; its sessions and materials are added on its page. */
export function NewProgrammePage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const save = useSubmit(placedBy(FIELD, 'You do not have access to add programmes.'));
  const check = (): FieldMessage[] => [
    ...(title.trim() ? [] : [{ id: FIELD.title, message: 'Enter the title of the programme' }]),
    ...(summary.trim() ? [] : [{ id: FIELD.summary, message: 'Enter what the programme is about' }]),
  ];
  const submit = save.handle(check, async () => {
    const created = await call(api.POST('/api/v1/programmes', { body: { title: title.trim(), summary: summary.trim() } }));
    navigate(`/programmes/${created.id}`);
  });
  usePageTitle('Add a programme', hasProblem(save.problem));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/programmes">Training programmes</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="programme-problem" />
        <h1>Add a programme</h1>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="New programme">
          <TextInput id={FIELD.title} label="Title" value={title} error={save.fieldErrors[FIELD.title]} onChange={setTitle} />
          <Textarea id={FIELD.summary} label="What is the programme about?" value={summary} maxLength={2000} error={save.fieldErrors[FIELD.summary]} onChange={setSummary} />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Add programme
          </button>
        </form>
      </div>
    </div>
  );
}
