import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { DateInput } from '../../shared/components/date-input';
import { todayInUk } from '../../shared/components/dateParts';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Checkbox, Radios, Select, TextInput } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { dayBox, emptyStep, STEP_FIELD, stepFieldId, stepInput, validateStep, type StepDraft } from './recruitmentForms';
import { ALLOCATED_BY_TEXT, STEP_PAGE, termsText } from './text';
import type { Candidate, StepCode } from './types';
import { usePeopleOptions } from './useOptions';

const STEPS = Object.keys(STEP_PAGE) as StepCode[];

/** One page per step: what the step records, then back to the candidate's task list. */
export function SignStepPage({ id, step }: { id: string; step: string }) {
  const { api } = useAuth();
  const loaded = useLoad(() => call(api.GET('/api/v1/coach-candidates/{candidateId}', { params: { path: { candidateId: id } } })), [api, id]);
  if (!STEPS.includes(step as StepCode)) return <p>This step of the pathway does not exist.</p>;
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  return <StepForm candidate={loaded.data} step={step as StepCode} />;
}

function StepForm({ candidate, step }: { candidate: Candidate; step: StepCode }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const page = STEP_PAGE[step];
  const [draft, setDraft] = useState<StepDraft>(emptyStep());
  const save = useSubmit({
    fieldId: (f) => stepFieldId(f.field),
    forbidden: 'You do not have access to the recruitment pathway.',
    notFound: 'The candidate could not be found. Go back and try again.',
    refusedNow: 'This step cannot be recorded now.',
    fieldsOnAnyStatus: true,
  });
  usePageTitle(page.heading, hasProblem(save.problem));
  const submit = save.handle(
    () => validateStep(step, draft, todayInUk()),
    async () => {
      await call(
        api.POST('/api/v1/coach-candidates/{candidateId}/steps/{step}', { params: { path: { candidateId: candidate.id, step } }, body: stepInput(step, draft) }),
      );
      navigate(`/coach-recruitment/${candidate.id}`);
    },
  );
  const errors = save.fieldErrors;
  const party = candidate.steps.find((s) => s.step === step)?.party;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/coach-recruitment/${candidate.id}`}>{candidate.name}</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="step-problem" />
        <span className="nhsuk-caption-l">{candidate.name}</span>
        <h1>{page.heading}</h1>
        <p>{page.hint}</p>
        {party && <p>This step is done by {party}.</p>}
        {step === 'bank-appointment' && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>Terms of the role: {termsText(candidate.terms)}.</p>
          </div>
        )}
        <form noValidate onSubmit={(e) => void submit(e)} aria-label={page.heading}>
          <DateInput id={STEP_FIELD.doneOn} legend="Date done" value={draft.doneOn} onChange={(v) => setDraft({ ...draft, doneOn: v })} error={errors[dayBox(STEP_FIELD.doneOn)]} />
          {(step === 'clinical-director-sign-off' || step === 'people-participation-sign-off') && (
            <TextInput
              id={STEP_FIELD.signedBy}
              label="Who signed off?"
              hint={step === 'clinical-director-sign-off' ? `The clinical director of ${candidate.directorate.name}.` : 'The person in the people participation team.'}
              value={draft.signedBy}
              onChange={(v) => setDraft({ ...draft, signedBy: v })}
              error={errors[STEP_FIELD.signedBy]}
            />
          )}
          {step === 'programme-place' && (
            <>
              <TextInput id={STEP_FIELD.cohort} label="Cohort" hint="For example, Improvement Coaches Programme cohort 14." value={draft.cohort} onChange={(v) => setDraft({ ...draft, cohort: v })} error={errors[STEP_FIELD.cohort]} />
              <DateInput id={STEP_FIELD.startsOn} legend="Date the programme starts" value={draft.startsOn} onChange={(v) => setDraft({ ...draft, startsOn: v })} error={errors[dayBox(STEP_FIELD.startsOn)]} />
            </>
          )}
          {step === 'bank-appointment' && <BankPerson candidate={candidate} draft={draft} onChange={setDraft} error={errors[STEP_FIELD.personId]} />}
          {step === 'induction' && <InductionFields draft={draft} onChange={setDraft} errors={errors} />}
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            {page.button}
          </button>
        </form>
      </div>
    </div>
  );
}

interface FieldsProps {
  draft: StepDraft;
  onChange: (d: StepDraft) => void;
}

function BankPerson({ candidate, draft, onChange, error }: FieldsProps & { candidate: Candidate; error?: string }) {
  const people = usePeopleOptions();
  if (people.state === 'loading') return <Loading />;
  if (people.state === 'error') return <ApiErrorView error={people.error} />;
  const hint = candidate.email
    ? `Leave it as it is to find or add them in the people directory by their e-mail address, ${candidate.email}.`
    : 'They have no e-mail address: choose their entry in the people directory.';
  return (
    <Select
      id={STEP_FIELD.personId}
      label="The candidate in the people directory"
      hint={hint}
      options={people.data}
      placeholder={candidate.email ? 'Find or add them by e-mail address' : 'Select a person'}
      value={draft.personId}
      onChange={(v) => onChange({ ...draft, personId: v })}
      error={error}
    />
  );
}

function InductionFields({ draft, onChange, errors }: FieldsProps & { errors: Record<string, string | undefined> }) {
  const people = usePeopleOptions();
  return (
    <>
      <Checkbox
        id={STEP_FIELD.technologySupport}
        label="Technology support has been given"
        checked={draft.technologySupport}
        onChange={(v) => onChange({ ...draft, technologySupport: v })}
        error={errors[STEP_FIELD.technologySupport]}
      />
      <Checkbox
        id={STEP_FIELD.identification}
        label="Identification has been issued"
        checked={draft.identification}
        onChange={(v) => onChange({ ...draft, identification: v })}
        error={errors[STEP_FIELD.identification]}
      />
      {people.state === 'loading' && <Loading />}
      {people.state === 'error' && <ApiErrorView error={people.error} />}
      {people.state === 'ok' && (
        <Select
          id={STEP_FIELD.lineManagerPersonId}
          label="Line manager"
          hint="The sponsor themselves or a member of staff they assign."
          options={people.data}
          placeholder="Select a person"
          value={draft.lineManagerPersonId}
          onChange={(v) => onChange({ ...draft, lineManagerPersonId: v })}
          error={errors[STEP_FIELD.lineManagerPersonId]}
        />
      )}
      <Radios
        id={STEP_FIELD.lineManagerAllocatedBy}
        legend="Who allocated the line manager?"
        legendSize="s"
        value={draft.lineManagerAllocatedBy}
        onChange={(v) => onChange({ ...draft, lineManagerAllocatedBy: v as StepDraft['lineManagerAllocatedBy'] })}
        options={(['clinical-director', 'sponsor'] as const).map((v) => ({ value: v, text: ALLOCATED_BY_TEXT[v] }))}
        error={errors[STEP_FIELD.lineManagerAllocatedBy]}
      />
    </>
  );
}
