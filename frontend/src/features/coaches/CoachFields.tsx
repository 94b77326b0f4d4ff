import { DateInput } from '../../shared/components/date-input';
import { Radios, Select, type Option } from '../../shared/components/fields';
import { COACH_FIELD, dayBox, type CoachDraft } from './coachForms';
import { KINDS } from './text';
import type { CoachKind } from './types';

interface Props {
  draft: CoachDraft;
  onChange: (d: CoachDraft) => void;
  errors: Record<string, string | undefined>;
  people: Option[];
  directorates: Option[];
  /** Changing an entry: the coach stays the same person (a new entry is added instead), and it may be ended. */
  changing?: boolean;
}

/** Who the coach is, which kind, where they coach and from when. */
export function CoachFields({ draft, onChange, errors, people, directorates, changing }: Props) {
  return (
    <>
      {!changing && (
        <Select
          id={COACH_FIELD.personId}
          label="Coach"
          hint="Add them to the people directory first if they are not listed."
          options={people}
          placeholder="Select a person"
          value={draft.personId}
          onChange={(v) => onChange({ ...draft, personId: v })}
          error={errors[COACH_FIELD.personId]}
        />
      )}
      <Radios
        id={COACH_FIELD.kind}
        legend="What kind of coach are they?"
        legendSize="s"
        options={KINDS}
        value={draft.kind}
        onChange={(v) => onChange({ ...draft, kind: v as CoachKind })}
        error={errors[COACH_FIELD.kind]}
      />
      <Select
        id={COACH_FIELD.directorateId}
        label="Directorate"
        hint="The directorate they coach in."
        options={directorates}
        placeholder="Select a directorate"
        value={draft.directorateId}
        onChange={(v) => onChange({ ...draft, directorateId: v })}
        error={errors[COACH_FIELD.directorateId]}
      />
      <DateInput
        id={COACH_FIELD.startedOn}
        legend="Start date"
        value={draft.startedOn}
        onChange={(v) => onChange({ ...draft, startedOn: v })}
        error={errors[dayBox(COACH_FIELD.startedOn)]}
      />
      {changing && (
        <DateInput
          id={COACH_FIELD.endedOn}
          legend="End date (optional)"
          hint="Only when they have stopped coaching or an end is agreed. For example, 31 3 2027"
          value={draft.endedOn}
          onChange={(v) => onChange({ ...draft, endedOn: v })}
          error={errors[dayBox(COACH_FIELD.endedOn)]}
        />
      )}
    </>
  );
}
