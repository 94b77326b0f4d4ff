import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Checkbox, Fieldset, Textarea, TextInput, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { usePeopleOptions } from './usePeopleOptions';

const FIELD: Record<string, string> = { name: 'community-name', purpose: 'community-purpose' };

/** Starts a community of practice with its members, chosen from the people directory. */
export function NewCommunityPage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const people = usePeopleOptions();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const save = useSubmit(wordsFor((field) => FIELD[field] ?? (field.startsWith('memberPersonIds') ? 'community-members' : null), 'You do not have access to start communities of practice.'));
  const check = (): FieldMessage[] => [
    ...(name.trim() ? [] : [{ id: FIELD.name, message: 'Enter the name of the community' }]),
    ...(purpose.trim() ? [] : [{ id: FIELD.purpose, message: 'Enter the purpose of the community' }]),
  ];
  const submit = save.handle(check, async () => {
    const created = await call(api.POST('/api/v1/communities-of-practice', { body: { name: name.trim(), purpose: purpose.trim(), memberPersonIds: members } }));
    navigate(`/communities-of-practice/${created.id}`);
  });
  usePageTitle('Start a community of practice', hasProblem(save.problem));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/communities-of-practice">Communities of practice</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="community-problem" />
        <h1>Start a community of practice</h1>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="New community of practice">
          <TextInput id={FIELD.name} label="Name" value={name} error={save.fieldErrors[FIELD.name]} onChange={setName} />
          <Textarea id={FIELD.purpose} label="Purpose" maxLength={2000} value={purpose} error={save.fieldErrors[FIELD.purpose]} onChange={setPurpose} />
          <div id="community-members">
            <Fieldset legend="Members">
              {people.state === 'loading' && <Loading what="Loading the people directory" />}
              {people.state === 'error' && <ApiErrorView error={people.error} />}
              {people.state === 'ok' &&
                people.data.map((p) => (
                  <Checkbox
                    key={p.value}
                    id={`member-${p.value}`}
                    label={p.text}
                    checked={members.includes(p.value)}
                    onChange={(checked) => setMembers((ms) => (checked ? [...ms, p.value] : ms.filter((m) => m !== p.value)))}
                  />
                ))}
            </Fieldset>
          </div>
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Start the community
          </button>
        </form>
      </div>
    </div>
  );
}
