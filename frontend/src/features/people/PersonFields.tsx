import { Checkbox, TextInput } from '../../shared/components/fields';
import { PERSON_FIELD, type PersonDraft } from './peopleForms';

/** Name, e-mail and job role; and, when changing a person, whether they are active. */
export function PersonFields({ draft, onChange, errors, withActive = false }: {
  draft: PersonDraft;
  onChange: (d: PersonDraft) => void;
  errors: Record<string, string | undefined>;
  withActive?: boolean;
}) {
  return (
    <>
      <TextInput id={PERSON_FIELD.name} label="Full name" autoComplete="off" value={draft.name} onChange={(v) => onChange({ ...draft, name: v })} error={errors[PERSON_FIELD.name]} />
      <TextInput
        id={PERSON_FIELD.email}
        label="E-mail address"
        hint="The NHS e-mail address they sign in with. It links them to their sign-in."
        type="email"
        spellCheck={false}
        value={draft.email}
        onChange={(v) => onChange({ ...draft, email: v })}
        error={errors[PERSON_FIELD.email]}
      />
      <TextInput id={PERSON_FIELD.jobRole} label="Job role (optional)" value={draft.jobRole} onChange={(v) => onChange({ ...draft, jobRole: v })} error={errors[PERSON_FIELD.jobRole]} />
      {withActive && (
        <Checkbox
          id={PERSON_FIELD.active}
          label="Active"
          hint="Only active people can be assigned to learning responses."
          checked={draft.active}
          onChange={(v) => onChange({ ...draft, active: v })}
        />
      )}
    </>
  );
}
