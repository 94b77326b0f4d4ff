import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { TextInput, Textarea, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { usePageTitle } from '../../shared/components/usePageTitle';

const fieldId = (field: string) => (field === 'purpose' ? 'group-purpose' : 'group-name');

/** Creates a committee or oversight group; members and work are added on its page. */
export function NewOversightGroupPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const s = useSubmit(wordsFor(fieldId, 'You do not have access to create oversight groups.'));
  usePageTitle('Create an oversight group', hasProblem(s.problem));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldMessage[] = [];
    if (!name.trim()) errors.push({ id: 'group-name', message: 'Enter the name of the group' });
    if (name.trim().length > 200) errors.push({ id: 'group-name', message: 'The name must be 200 characters or fewer' });
    if (purpose.length > 2000) errors.push({ id: 'group-purpose', message: 'The purpose must be 2000 characters or fewer' });
    await s.run(() => errors, async () => {
      const body = { name: name.trim(), ...(purpose.trim() ? { purpose: purpose.trim() } : {}) };
      const created = await call(api.POST('/api/v1/oversight-groups', { body }));
      navigate(`/oversight-groups/${created.id}`);
    });
  };

  const errors = s.fieldErrors;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/oversight-groups">Oversight groups</BackLink>
        <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="group-problem" conflict={changedWhileWorking('group', () => undefined)} />
        <h1>Create an oversight group</h1>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="New oversight group">
          <TextInput id="group-name" label="Name of the group" hint="For example, Quality Improvement & Safety Committee" value={name} onChange={setName} error={errors['group-name']} />
          <Textarea id="group-purpose" label="Purpose (optional)" value={purpose} onChange={setPurpose} maxLength={2000} rows={4} error={errors['group-purpose']} />
          <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
            Create group
          </button>
        </form>
      </div>
    </div>
  );
}
