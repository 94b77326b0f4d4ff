import { TextInput, Textarea } from '../../shared/components/fields';
import { CASE_IDS, MAX_THEME, type CaseDraft } from './caseForm';

/** The title and theme of a case (new case and change case forms). */
export function CaseFields({ draft, onChange, errors }: { draft: CaseDraft; onChange: (d: CaseDraft) => void; errors: Record<string, string | undefined> }) {
  return (
    <>
      <TextInput
        id={CASE_IDS.title}
        label="Title"
        hint="For example, Heel pressure ulcers in the North district nursing team"
        value={draft.title}
        onChange={(title) => onChange({ ...draft, title })}
        error={errors[CASE_IDS.title]}
      />
      <Textarea
        id={CASE_IDS.theme}
        label="Theme (optional)"
        hint="What links these events, for a multi-incident review or a theme."
        rows={3}
        value={draft.theme}
        onChange={(theme) => onChange({ ...draft, theme })}
        maxLength={MAX_THEME}
        error={errors[CASE_IDS.theme]}
      />
    </>
  );
}
