import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import type { Case } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/AuthContext';
import { SaveProblemSummary } from '../../shared/components/SaveProblemSummary';
import { fieldErrorsOf, saveProblemFrom, type SaveProblem } from '../../shared/components/saveProblem';
import { CaseFields } from './CaseFields';
import { caseFieldId, caseText, validateCase, type CaseDraft } from './caseForm';

export interface CaseSectionProps {
  kase: Case;
  onSaved: (updated: Case, message: string) => void;
  onReload: () => void;
  onProblem: (hasProblem: boolean) => void;
}

/** Changes the title or theme, sending the version read and the events unchanged. */
export function CaseEditForm({ kase, onSaved, onReload, onProblem }: CaseSectionProps) {
  const { api } = useAuth();
  const [draft, setDraft] = useState<CaseDraft>({ title: kase.title, theme: kase.theme ?? '' });
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [submits, setSubmits] = useState(0);
  useEffect(() => onProblem(problem !== null), [problem, onProblem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmits((s) => s + 1);
    const errors = validateCase(draft);
    setProblem(errors.length ? { kind: 'fields', errors } : null);
    if (errors.length) return;
    setSaving(true);
    try {
      const updated = await call(
        api.PUT('/api/v1/cases/{caseId}', {
          params: { path: { caseId: kase.id } },
          body: { version: kase.version, ...caseText(draft), eventIds: kase.events.map((ev) => ev.id) },
        }),
      );
      onSaved(updated, 'Case saved.');
    } catch (err) {
      setProblem(saveProblemFrom(err, caseFieldId, 'You do not have access to change cases.'));
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="change-case-heading">
      <h2 id="change-case-heading">Change the title or theme</h2>
      <SaveProblemSummary problem={problem} focusKey={submits} titleId="change-case-problem" what="case" onReload={onReload} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="change-case-heading">
        <CaseFields draft={draft} onChange={setDraft} errors={fieldErrorsOf(problem)} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={saving} aria-disabled={saving}>
          Save changes
        </button>
      </form>
    </section>
  );
}
