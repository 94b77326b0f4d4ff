import { DateInput } from '../../shared/components/date-input';
import { ErrorMessage, Select, type Option } from '../../shared/components/fields';
import { AREAS } from './text';
import { PARTNER_FIELD, dayBox, type PartnerDraft } from './partnerForms';

interface Props {
  draft: PartnerDraft;
  onChange: (d: PartnerDraft) => void;
  errors: Record<string, string | undefined>;
  /** Active people of the directory. */
  people: Option[];
  /** The partner cannot be changed once registered: a new entry is added instead. */
  partnerFixed?: boolean;
}

/** Who the partner is, who supports them, when, and where they are involved. */
export function PartnerFields({ draft, onChange, errors, people, partnerFixed }: Props) {
  const areasError = errors[PARTNER_FIELD.areas];
  return (
    <>
      {!partnerFixed && (
        <Select
          id={PARTNER_FIELD.personId}
          label="Patient safety partner"
          hint="Add them to the people directory first if they are not listed."
          options={people}
          placeholder="Select a person"
          value={draft.personId}
          onChange={(v) => onChange({ ...draft, personId: v })}
          error={errors[PARTNER_FIELD.personId]}
        />
      )}
      <Select
        id={PARTNER_FIELD.supporterPersonId}
        label="Named supporting individual"
        hint="The person in the trust who supports the partner."
        options={people.filter((p) => p.value !== draft.personId)}
        placeholder="Select a person"
        value={draft.supporterPersonId}
        onChange={(v) => onChange({ ...draft, supporterPersonId: v })}
        error={errors[PARTNER_FIELD.supporterPersonId]}
      />
      <DateInput
        id={PARTNER_FIELD.startedOn}
        legend="Start date"
        value={draft.startedOn}
        onChange={(v) => onChange({ ...draft, startedOn: v })}
        error={errors[dayBox(PARTNER_FIELD.startedOn)]}
      />
      <DateInput
        id={PARTNER_FIELD.endedOn}
        legend="End date (optional)"
        hint="Only when the partnership has ended or an end is agreed. For example, 31 3 2027"
        value={draft.endedOn}
        onChange={(v) => onChange({ ...draft, endedOn: v })}
        error={errors[dayBox(PARTNER_FIELD.endedOn)]}
      />
      <div className={`nhsuk-form-group${areasError ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" aria-describedby={`${PARTNER_FIELD.areas}-hint`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Areas of involvement</legend>
          <div className="nhsuk-hint" id={`${PARTNER_FIELD.areas}-hint`}>
            Select all that apply.
          </div>
          <ErrorMessage id={PARTNER_FIELD.areas} message={areasError} />
          <div className="nhsuk-checkboxes">
            {AREAS.map((a, i) => {
              const id = i === 0 ? PARTNER_FIELD.areas : `${PARTNER_FIELD.areas}-${i + 1}`;
              const checked = draft.areas.includes(a.code);
              return (
                <div className="nhsuk-checkboxes__item" key={a.code}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={id}
                    name={PARTNER_FIELD.areas}
                    type="checkbox"
                    value={a.code}
                    checked={checked}
                    onChange={() =>
                      onChange({
                        ...draft,
                        areas: checked ? draft.areas.filter((c) => c !== a.code) : AREAS.map((x) => x.code).filter((c) => c === a.code || draft.areas.includes(c)),
                      })
                    }
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                    {a.text}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    </>
  );
}
