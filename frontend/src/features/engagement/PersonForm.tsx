import { useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { Checkbox, Fieldset, Radios, TextInput, Textarea } from '../../shared/components/fields';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { EMPTY_PERSON, fromPerson, PERSON_FIELD_IDS, toggleInvolvement, toPersonInput, validatePerson, type PersonForm as Form } from './engagementForms';
import { INVOLVEMENT_TEXT, KIND_TEXT } from './text';
import type { AffectedKind, InvolvementLevel, PersonAffected } from './types';
import { changedSinceOpened, ErrorSummary } from '../../shared/components/error-summary';
import { placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';

interface Props {
  responseId: string;
  /** The person to change; none to add one. */
  person?: PersonAffected;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Add or change a person affected: who they are, their named contact, how to reach them and how involved they want to be. */
export function PersonAffectedForm({ responseId, person, onSaved, onCancel, onReload }: Props) {
  const { api } = useAuth();
  const [form, setForm] = useState<Form>(person ? fromPerson(person) : EMPTY_PERSON);
  const s = useSubmit(placedBy(PERSON_FIELD_IDS));
  const title = person ? `Change details of ${person.name}` : 'Add a person affected';
  usePageTitle(title);
  const err = s.fieldErrors;
  const set = (change: Partial<Form>) => setForm((f) => ({ ...f, ...change }));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await s.run(
      () => validatePerson(form),
      async () => {
        if (person) {
          await call(api.PUT('/api/v1/responses/{responseId}/people-affected/{personAffectedId}', {
            params: { path: { responseId, personAffectedId: person.id } },
            body: toPersonInput(form, person.version),
          }));
        } else {
          await call(api.POST('/api/v1/responses/{responseId}/people-affected', { params: { path: { responseId } }, body: toPersonInput(form) }));
        }
      },
    );
    if (ok) onSaved(person ? `Details of ${form.name.trim()} saved.` : `${form.name.trim()} added.`);
  };

  return (
    <>
      <ErrorSummary problem={s.problem} focusKey={s.submits} title={person ? 'The changes have not been saved' : 'The person has not been added'} conflict={changedSinceOpened('This changed after you opened it', onReload)} />
      <h1>{title}</h1>
      <form noValidate onSubmit={(e) => void save(e)}>
        <Radios
          id="person-kind"
          legend="Who is this person?"
          legendSize="s"
          value={form.kind}
          onChange={(v) => set({ kind: v as AffectedKind })}
          error={err['person-kind']}
          options={(Object.keys(KIND_TEXT) as AffectedKind[]).map((k) => ({ value: k, text: KIND_TEXT[k] }))}
        />
        <TextInput id="person-name" label="Name" value={form.name} onChange={(v) => set({ name: v })} error={err['person-name']} />
        <TextInput
          id="person-contact"
          label="Named contact"
          hint="The member of staff who is their point of contact"
          value={form.namedContactName}
          onChange={(v) => set({ namedContactName: v, namedContactPersonId: undefined })}
          error={err['person-contact']}
        />
        <TextInput
          id="person-method"
          label="Preferred contact method"
          hint="For example, telephone on weekday afternoons"
          value={form.preferredContactMethod}
          onChange={(v) => set({ preferredContactMethod: v })}
          error={err['person-method']}
        />
        <Textarea
          id="person-needs"
          label="Access and support needs"
          hint="For example, an interpreter, someone with them at meetings, large print"
          rows={3}
          maxLength={4000}
          value={form.accessAndSupportNeeds}
          onChange={(v) => set({ accessAndSupportNeeds: v })}
          error={err['person-needs']}
        />
        <Fieldset legend="Level of involvement chosen" size="s">
          <div id="person-involvement" className="nhsuk-hint">
            Select all that apply. Declining clears the others.
          </div>
          {(Object.keys(INVOLVEMENT_TEXT) as InvolvementLevel[]).map((level) => (
            <Checkbox
              key={level}
              id={`person-involvement-${level}`}
              label={INVOLVEMENT_TEXT[level]}
              checked={form.involvement.includes(level)}
              onChange={(on) => set({ involvement: toggleInvolvement(form.involvement, level, on) })}
            />
          ))}
        </Fieldset>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
            {person ? 'Save changes' : 'Add person'}
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
