import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import type { Case } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/AuthContext';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
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
  const s = useSubmit(wordsFor(caseFieldId, 'You do not have access to change cases.'));
  const problem = hasProblem(s.problem);
  useEffect(() => onProblem(problem), [problem, onProblem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await s.run(
      () => validateCase(draft),
      () =>
        call(
          api.PUT('/api/v1/cases/{caseId}', {
            params: { path: { caseId: kase.id } },
            body: { version: kase.version, ...caseText(draft), eventIds: kase.events.map((ev) => ev.id) },
          }),
        ),
    );
    if (saved) onSaved(saved.result, 'Case saved.');
  };

  return (
    <section aria-labelledby="change-case-heading">
      <h2 id="change-case-heading">Change the title or theme</h2>
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="change-case-problem" conflict={changedWhileWorking('case', onReload)} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="change-case-heading">
        <CaseFields draft={draft} onChange={setDraft} errors={s.fieldErrors} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={s.saving} aria-disabled={s.saving}>
          Save changes
        </button>
      </form>
    </section>
  );
}
