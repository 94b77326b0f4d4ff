import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { NO_DATE, todayInUk } from '../../shared/components/dateParts';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Textarea } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { dayBox, validateWithdrawal, WITHDRAWAL_FIELD, withdrawalInput, type WithdrawalDraft } from './recruitmentForms';

/** A candidate withdraws from the pathway, at any point before induction: nothing is recorded after. */
export function WithdrawPage({ id }: { id: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<WithdrawalDraft>({ withdrawnOn: NO_DATE, reason: '' });
  const save = useSubmit({
    fieldId: (f) => (f.field === 'reason' ? WITHDRAWAL_FIELD.reason : dayBox(WITHDRAWAL_FIELD.withdrawnOn)),
    forbidden: 'You do not have access to the recruitment pathway.',
    notFound: 'The candidate could not be found. Go back and try again.',
    fieldsOnAnyStatus: true,
  });
  usePageTitle('Record a withdrawal', hasProblem(save.problem));
  const submit = save.handle(
    () => validateWithdrawal(draft, todayInUk()),
    async () => {
      await call(api.POST('/api/v1/coach-candidates/{candidateId}/withdrawal', { params: { path: { candidateId: id } }, body: withdrawalInput(draft) }));
      navigate(`/coach-recruitment/${id}`);
    },
  );
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/coach-recruitment/${id}`}>Back to the candidate</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="withdrawal-problem" />
        <h1>Record a withdrawal</h1>
        <p>A candidate may withdraw at any point. Nothing more is recorded on their pathway afterwards.</p>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="Withdrawal">
          <DateInput
            id={WITHDRAWAL_FIELD.withdrawnOn}
            legend="Date they withdrew"
            value={draft.withdrawnOn}
            onChange={(v) => setDraft({ ...draft, withdrawnOn: v })}
            error={save.fieldErrors[dayBox(WITHDRAWAL_FIELD.withdrawnOn)]}
          />
          <Textarea
            id={WITHDRAWAL_FIELD.reason}
            label="Why did they withdraw?"
            maxLength={1000}
            value={draft.reason}
            onChange={(v) => setDraft({ ...draft, reason: v })}
            error={save.fieldErrors[WITHDRAWAL_FIELD.reason]}
          />
          <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Record the withdrawal
          </button>
        </form>
      </div>
    </div>
  );
}
