import type { FormEvent } from 'react';
import { ErrorMessage, Fieldset, Radios, Select, TextInput, Textarea, type ErrorMap } from '../../shared/components/fields';
import { RESPONSE_TYPE_TEXT } from '../response-plan/planForm';
import { FIELD, LIMITS, departsFromProposal, emptyMember, removeMember, type DecisionForm, type PanelPerson } from './decisionForm';
import type { ReviewableDocument } from './loadDecisionContext';
import { REFERRAL_TEXT } from './text';
import type { ResponseProposal } from './types';

interface Props {
  form: DecisionForm;
  onChange: (form: DecisionForm) => void;
  errors: ErrorMap;
  proposal: ResponseProposal;
  documents: ReviewableDocument[];
  /** The active people of the directory, from whom the panel is chosen. */
  people: PanelPerson[];
  /** Several events (a case): say which event each document belongs to. */
  manyEvents: boolean;
  onContinue: (e: FormEvent) => void;
}

/** The panel decision questions: panel and chair, what was reviewed, the response and why, the minutes. */
export function DecisionFormFields({ form, onChange, errors, proposal, documents, people, manyEvents, onContinue }: Props) {
  const set = <K extends keyof DecisionForm>(key: K, value: DecisionForm[K]) => onChange({ ...form, [key]: value });
  const setMember = (i: number, personId: string) =>
    onChange({ ...form, members: form.members.map((m, j) => (j === i ? { personId } : m)) });
  const personOptions = people.map((p) => ({ value: p.id, text: p.jobRole ? `${p.name} (${p.jobRole})` : p.name }));
  const personOf = (id: string) => people.find((p) => p.id === id);
  const toggleDocument = (id: string, checked: boolean) =>
    set('documentIds', checked ? [...form.documentIds, id] : form.documentIds.filter((d) => d !== id));
  const departs = departsFromProposal(form, proposal);
  const proposedText = proposal.responseType ? (proposal.responseTypeDisplay ?? RESPONSE_TYPE_TEXT[proposal.responseType]) : '';
  const reviewedError = errors[FIELD.reportReviewed];

  return (
    <form noValidate onSubmit={onContinue}>
      <h2>Panel</h2>
      {form.members.map((m, i) => (
        <Fieldset key={i} legend={`Panel member ${i + 1}`} size="s">
          <Select
            id={FIELD.memberPerson(i)}
            label="Name"
            hint="From the people directory, with their job role."
            placeholder="Select a person"
            value={m.personId}
            onChange={(v) => setMember(i, v)}
            options={personOptions}
            error={errors[FIELD.memberPerson(i)]}
          />
          {form.members.length > 1 && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => onChange(removeMember(form, i))}>
              Remove <span className="nhsuk-u-visually-hidden">{`panel member ${i + 1}`}</span>
            </button>
          )}
        </Fieldset>
      ))}
      {form.members.length < LIMITS.members && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => set('members', [...form.members, emptyMember()])}>
          Add another member
        </button>
      )}
      <Radios
        id={FIELD.chair}
        legend="Who chaired the panel?"
        legendSize="s"
        hint="A senior member of the panel. The chair approves the decision signed in as themself (or the Chief Nurse does), never the person who records or changes it."
        value={form.chair >= 0 ? String(form.chair) : ''}
        onChange={(v) => set('chair', Number(v))}
        options={form.members.map((m, i) => ({ value: String(i), text: personOf(m.personId)?.name ?? `Panel member ${i + 1}`, hint: personOf(m.personId)?.jobRole }))}
        error={errors[FIELD.chair]}
      />

      <h2>What the panel reviewed</h2>
      <div className={`nhsuk-form-group${reviewedError ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" aria-describedby={`decision-reviewed-hint${reviewedError ? ` ${FIELD.reportReviewed}-error` : ''}`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What did the panel review?</legend>
          <div className="nhsuk-hint" id="decision-reviewed-hint">
            Select all that apply.
          </div>
          <ErrorMessage id={FIELD.reportReviewed} message={reviewedError} />
          <div className="nhsuk-checkboxes">
            <Check id={FIELD.reportReviewed} label="The incident report was reviewed" checked={form.reportReviewed} onChange={(c) => set('reportReviewed', c)} />
            {documents.map(({ event, document: d }) => (
              <Check
                key={d.id}
                id={FIELD.document(d.id)}
                label={d.title}
                hint={manyEvents ? `${d.kindDisplay} – ${event.reference}` : d.kindDisplay}
                checked={form.documentIds.includes(d.id)}
                onChange={(c) => toggleDocument(d.id, c)}
                error={errors[FIELD.document(d.id)]}
              />
            ))}
          </div>
          {documents.length === 0 && <p className="nhsuk-u-margin-top-3">No documents were added during triage.</p>}
        </fieldset>
      </div>

      <h2>Decision</h2>
      <Radios
        id={FIELD.responseType}
        legend="What response did the panel decide?"
        legendSize="s"
        value={form.responseType}
        onChange={(v) => set('responseType', v)}
        options={Object.entries(RESPONSE_TYPE_TEXT).map(([value, text]) => ({ value, text, hint: value === proposal.responseType ? 'Proposed' : undefined }))}
        error={errors[FIELD.responseType]}
        conditional={{
          referral: (
            <>
              <Radios
                id={FIELD.referralTo}
                legend="Who is it referred to?"
                legendSize="s"
                value={form.referralTo}
                onChange={(v) => set('referralTo', v)}
                options={Object.entries(REFERRAL_TEXT).map(([value, text]) => ({ value, text }))}
                error={errors[FIELD.referralTo]}
              />
              <Textarea
                id={FIELD.referralDetail}
                label="Referral details (optional)"
                hint="For example, which organisation, or the reference of the referral."
                rows={3}
                maxLength={LIMITS.referralDetail}
                value={form.referralDetail}
                onChange={(v) => set('referralDetail', v)}
                error={errors[FIELD.referralDetail]}
              />
            </>
          ),
        }}
      />
      {proposal.reason === 'death-or-severe-harm' && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Unexpected death or severe harm warrants a PSII at minimum. Another response can be recorded only when another organisation leads the investigation, or when
            the event is referred to the police, the coroner or another organisation.
          </p>
        </div>
      )}
      <TextInput
        id={FIELD.leadOrganisation}
        label="Organisation leading the investigation (optional)"
        hint="Only when another organisation leads the investigation, for example a neighbouring trust."
        value={form.leadOrganisation}
        onChange={(v) => set('leadOrganisation', v)}
        error={errors[FIELD.leadOrganisation]}
      />
      {departs && (
        <Textarea
          id={FIELD.departureRationale}
          label="Why is the panel departing from the proposal?"
          hint={`The plan proposes: ${proposedText}.`}
          rows={4}
          maxLength={LIMITS.rationale}
          value={form.departureRationale}
          onChange={(v) => set('departureRationale', v)}
          error={errors[FIELD.departureRationale]}
        />
      )}
      <Textarea
        id={FIELD.rationale}
        label="Rationale"
        hint="Why the panel chose this response."
        rows={4}
        maxLength={LIMITS.rationale}
        value={form.rationale}
        onChange={(v) => set('rationale', v)}
        error={errors[FIELD.rationale]}
      />
      <Textarea
        id={FIELD.minutes}
        label="Minutes"
        hint="When the panel met, what it discussed and what it agreed."
        rows={8}
        maxLength={LIMITS.minutes}
        value={form.minutes}
        onChange={(v) => set('minutes', v)}
        error={errors[FIELD.minutes]}
      />
      <button className="nhsuk-button" type="submit">
        Continue
      </button>
    </form>
  );
}

interface CheckProps {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

/** One checkbox of a group (the group's fieldset gives the question). */
function Check({ id, label, hint, checked, onChange, error }: CheckProps) {
  return (
    <div className="nhsuk-checkboxes__item">
      <input
        className="nhsuk-checkboxes__input"
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        aria-describedby={[hint ? `${id}-item-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-item-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={id} message={error} />}
    </div>
  );
}
