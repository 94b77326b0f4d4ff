import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { fromDateParts, todayInUk } from '../../shared/components/dateParts';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Select, Textarea, TextInput, type Option } from '../../shared/components/fields';
import { formatDate } from '../../shared/components/format';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';
import { dayBox, emptyInterest, INTEREST_FIELD, interestFieldId, interestInput, validateInterest, type InterestDraft } from './recruitmentForms';
import { useDirectorateOptions } from './useOptions';

/** The expression of interest: the candidate's details, then a check of the answers before the candidate is created. */
export function NewCandidatePage() {
  const directorates = useDirectorateOptions();
  const [draft, setDraft] = useState<InterestDraft>(emptyInterest());
  const [checking, setChecking] = useState(false);
  if (directorates.state === 'loading') return <Loading />;
  if (directorates.state === 'error') return <ApiErrorView error={directorates.error} />;
  return checking ? (
    <CheckInterest draft={draft} directorates={directorates.data} onChange={() => setChecking(false)} />
  ) : (
    <InterestForm draft={draft} onChange={setDraft} directorates={directorates.data} onContinue={() => setChecking(true)} />
  );
}

interface FormProps {
  draft: InterestDraft;
  onChange: (d: InterestDraft) => void;
  directorates: Option[];
  onContinue: () => void;
}

function InterestForm({ draft, onChange, directorates, onContinue }: FormProps) {
  const check = useSubmit(wordsFor(interestFieldId, 'You do not have access to record expressions of interest.'));
  const submit = check.handle(
    () => validateInterest(draft, todayInUk()),
    async () => onContinue(),
  );
  usePageTitle('Record an expression of interest', hasProblem(check.problem));
  const errors = check.fieldErrors;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/coach-recruitment">Recruiting coaches with lived experience</BackLink>
        <ErrorSummary problem={check.problem} focusKey={check.submits} titleId="interest-problem" />
        <h1>Record an expression of interest</h1>
        <p>A service user or carer who would like to become a QI coach with lived experience. Do not record anything about patients or incidents.</p>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="Expression of interest">
          <TextInput id={INTEREST_FIELD.name} label="Full name" value={draft.name} onChange={(v) => onChange({ ...draft, name: v })} error={errors[INTEREST_FIELD.name]} autoComplete="off" />
          <TextInput
            id={INTEREST_FIELD.email}
            label="E-mail address"
            hint="An e-mail address or a phone number, or both."
            type="email"
            value={draft.email}
            onChange={(v) => onChange({ ...draft, email: v })}
            error={errors[INTEREST_FIELD.email]}
          />
          <TextInput id={INTEREST_FIELD.phone} label="Phone number" width={20} value={draft.phone} onChange={(v) => onChange({ ...draft, phone: v })} error={errors[INTEREST_FIELD.phone]} />
          <Select
            id={INTEREST_FIELD.directorateId}
            label="Directorate"
            hint="The directorate the candidate has a relationship with. Its clinical director signs off their application."
            options={directorates}
            placeholder="Select a directorate"
            value={draft.directorateId}
            onChange={(v) => onChange({ ...draft, directorateId: v })}
            error={errors[INTEREST_FIELD.directorateId]}
          />
          <TextInput id={INTEREST_FIELD.heardFrom} label="How did they hear about the role?" value={draft.heardFrom} onChange={(v) => onChange({ ...draft, heardFrom: v })} error={errors[INTEREST_FIELD.heardFrom]} />
          <Textarea
            id={INTEREST_FIELD.livedExperience}
            label="Their lived experience, in their own words"
            hint="What they would like the QI department to know. No patient or incident details."
            maxLength={2000}
            value={draft.livedExperience}
            onChange={(v) => onChange({ ...draft, livedExperience: v })}
            error={errors[INTEREST_FIELD.livedExperience]}
          />
          <DateInput
            id={INTEREST_FIELD.expressedOn}
            legend="Date they expressed their interest"
            value={draft.expressedOn}
            onChange={(v) => onChange({ ...draft, expressedOn: v })}
            error={errors[dayBox(INTEREST_FIELD.expressedOn)]}
          />
          <button className="nhsuk-button" type="submit">
            Continue
          </button>
        </form>
      </div>
    </div>
  );
}

function CheckInterest({ draft, directorates, onChange }: { draft: InterestDraft; directorates: Option[]; onChange: () => void }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const save = useSubmit(wordsFor(() => null, 'You do not have access to record expressions of interest.'));
  usePageTitle('Check the expression of interest', hasProblem(save.problem));
  const send = async () => {
    const result = await save.run(NO_CHECKS, () => call(api.POST('/api/v1/coach-candidates', { body: interestInput(draft) })));
    if (result) navigate(`/coach-recruitment/${result.result.id}`);
  };
  const row = (key: string, value: string) => ({ key, value });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="check-problem" />
        <h1>Check the expression of interest before recording it</h1>
        <SummaryList
          rows={[
            row('Full name', draft.name.trim()),
            row('E-mail address', draft.email.trim()),
            row('Phone number', draft.phone.trim()),
            row('Directorate', directorates.find((d) => d.value === draft.directorateId)?.text ?? ''),
            row('How they heard about the role', draft.heardFrom.trim()),
            row('Their lived experience', draft.livedExperience.trim()),
            row('Date they expressed their interest', formatDate(fromDateParts(draft.expressedOn))),
          ]}
        />
        <p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onChange}>
            Change the answers
          </button>
        </p>
        <button type="button" className="nhsuk-button" disabled={save.saving} aria-disabled={save.saving} onClick={() => void send()}>
          Record the expression of interest
        </button>
      </div>
    </div>
  );
}
