import { useEffect, useState } from 'react';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { DateInput } from '../../shared/components/date-input';
import { NO_DATE, fromDateParts, todayInUk } from '../../shared/components/dateParts';
import { TextInput } from '../../shared/components/fields';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { SavedNotice } from '../../shared/components/saved-notice';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PersonFields } from './PersonFields';
import {
  AMOUNTS,
  CPD_FIELD,
  TRAINING_FIELD,
  cpdFieldId,
  dayBox,
  personDraftOf,
  personFieldId,
  trainingDraftOf,
  trainingFieldId,
  trainingInput,
  validateCpd,
  validatePerson,
  validateTraining,
  type CpdDraft,
  type PersonDraft,
  type TrainingDraft } from './peopleForms';
import { TrainingDetails } from './TrainingDetails';
import type { Person, TrainingRecord } from './types';

/** One person: their details, what they are qualified for, their training record and CPD. */
export function PersonPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const canEdit = mayCall(me?.roles, 'updatePerson');
  const loaded = useLoad(
    () =>
      Promise.all([
        call(api.GET('/api/v1/people/{personId}', { params: { path: { personId: id } } })),
        call(api.GET('/api/v1/people/{personId}/training', { params: { path: { personId: id } } })),
      ]),
    [api, id],
  );
  const [person, setPerson] = useState<Person | null>(null);
  const [record, setRecord] = useState<TrainingRecord | null>(null);
  // Only a fresh load replaces what the page shows; saves in between set it directly.
  const fresh = loaded.state === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (fresh) {
      setPerson(fresh[0]);
      setRecord(fresh[1]);
    }
  }, [fresh]);
  usePageTitle(person?.name ?? 'Person');
  // A new CPD entry changes only the training record; the rest of the page (and the focus) stays.
  const refreshRecord = async () => {
    try {
      setRecord(await call(api.GET('/api/v1/people/{personId}/training', { params: { path: { personId: id } } })));
    } catch {
      loaded.reload();
    }
  };

  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  if (!person || !record) return <Loading />;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/people">People and training</BackLink>
        <h1>{person.name}</h1>
        <PersonDetails person={person} canEdit={canEdit} onSaved={setPerson} onReload={loaded.reload} />
        <TrainingDetails record={record} />
        {canEdit && (
          <>
            <TrainingForm record={record} onSaved={setRecord} onReload={loaded.reload} />
            <CpdForm personId={person.id} onAdded={() => void refreshRecord()} />
          </>
        )}
      </div>
    </div>
  );
}

function PersonDetails({ person, canEdit, onSaved, onReload }: { person: Person; canEdit: boolean; onSaved: (p: Person) => void; onReload: () => void }) {
  const { api } = useAuth();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<PersonDraft>(personDraftOf(person));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSubmit(wordsFor(personFieldId, 'You do not have access to change people.'));
  const submit = save.handle(
    () => validatePerson(draft),
    async () => {
      const body = { version: person.version, name: draft.name.trim(), email: draft.email.trim(), active: draft.active, ...(draft.jobRole.trim() ? { jobRole: draft.jobRole.trim() } : {}) };
      const updated = await call(api.PUT('/api/v1/people/{personId}', { params: { path: { personId: person.id } }, body }));
      onSaved(updated);
      setEditing(false);
      setSaved('Details saved.');
    },
  );
  if (editing)
    return (
      <>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="details-problem" conflict={changedWhileWorking('person', onReload)} />
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="Change details">
          <h2>Change details</h2>
          <PersonFields draft={draft} onChange={setDraft} errors={save.fieldErrors} withActive />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Save details
          </button>{' '}
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      </>
    );
  return (
    <>
      <SavedNotice message={saved} />
      <SummaryList
        rows={[
          { key: 'E-mail address', value: person.email },
          { key: 'Job role', value: person.jobRole ?? 'Not recorded' },
          { key: 'Status', value: person.active ? 'Active' : 'Inactive: cannot be assigned' },
        ]}
      />
      {canEdit && (
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="button"
          onClick={() => {
            setDraft(personDraftOf(person));
            setSaved(null);
            setEditing(true);
          }}
        >
          Change details
        </button>
      )}
    </>
  );
}

function TrainingForm({ record, onSaved, onReload }: { record: TrainingRecord; onSaved: (t: TrainingRecord) => void; onReload: () => void }) {
  const { api } = useAuth();
  const [draft, setDraft] = useState<TrainingDraft>(trainingDraftOf(record));
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setDraft(trainingDraftOf(record)), [record.version, record.personId]);
  const save = useSubmit(wordsFor(trainingFieldId, 'You do not have access to record training.'));
  const submit = save.handle(
    () => {
      setSaved(null);
      return validateTraining(draft, todayInUk());
    },
    async () => {
      const updated = await call(
        api.PUT('/api/v1/people/{personId}/training', { params: { path: { personId: record.personId } }, body: trainingInput(draft, record.version) }),
      );
      onSaved(updated);
      setSaved('Training record saved.');
    },
  );
  const errors = save.fieldErrors;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Update the training record">
      <h2>Update the training record</h2>
      <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="training-problem" conflict={changedWhileWorking('training record', onReload)} />
      <SavedNotice message={saved} />
      <DateInput
        id={TRAINING_FIELD.date('level1CompletedOn')}
        legend="Level 1 of the patient safety syllabus completed on"
        value={draft.level1CompletedOn}
        onChange={(v) => setDraft({ ...draft, level1CompletedOn: v })}
        error={errors[dayBox(TRAINING_FIELD.date('level1CompletedOn'))]}
      />
      <DateInput
        id={TRAINING_FIELD.date('level2CompletedOn')}
        legend="Level 2 of the patient safety syllabus completed on"
        value={draft.level2CompletedOn}
        onChange={(v) => setDraft({ ...draft, level2CompletedOn: v })}
        error={errors[dayBox(TRAINING_FIELD.date('level2CompletedOn'))]}
      />
      {AMOUNTS.map((a) => (
        <TextInput
          key={a.field}
          id={TRAINING_FIELD.amount(a.field)}
          label={a.label}
          hint={a.hint}
          width={4}
          inputMode="text"
          value={draft[a.field]}
          onChange={(v) => setDraft({ ...draft, [a.field]: v })}
          error={errors[TRAINING_FIELD.amount(a.field)]}
        />
      ))}
      <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
        Save training record
      </button>
    </form>
  );
}

const EMPTY_CPD: CpdDraft = { completedOn: { ...NO_DATE }, title: '', hours: '' };

function CpdForm({ personId, onAdded }: { personId: string; onAdded: () => void }) {
  const { api } = useAuth();
  const [draft, setDraft] = useState<CpdDraft>(EMPTY_CPD);
  const [added, setAdded] = useState<string | null>(null);
  const save = useSubmit(wordsFor(cpdFieldId, 'You do not have access to record CPD.'));
  const submit = save.handle(
    () => {
      setAdded(null);
      return validateCpd(draft, todayInUk());
    },
    async () => {
      await call(
        api.POST('/api/v1/people/{personId}/training/cpd-entries', {
          params: { path: { personId } },
          body: { completedOn: fromDateParts(draft.completedOn) ?? '', title: draft.title.trim(), hours: Number(draft.hours.trim()) },
        }),
      );
      setDraft(EMPTY_CPD);
      setAdded('CPD entry added.');
      onAdded();
    },
  );
  const errors = save.fieldErrors;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Add CPD">
      <h2>Add CPD</h2>
      <p>Continuing professional development in incident response skills and knowledge.</p>
      <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="cpd-problem" conflict={changedWhileWorking('training record', onAdded)} />
      <SavedNotice message={added} />
      <DateInput id={CPD_FIELD.completedOn} legend="Date" value={draft.completedOn} onChange={(v) => setDraft({ ...draft, completedOn: v })} error={errors[dayBox(CPD_FIELD.completedOn)]} />
      <TextInput id={CPD_FIELD.title} label="Title" value={draft.title} onChange={(v) => setDraft({ ...draft, title: v })} error={errors[CPD_FIELD.title]} />
      <TextInput id={CPD_FIELD.hours} label="Hours" width={4} value={draft.hours} onChange={(v) => setDraft({ ...draft, hours: v })} error={errors[CPD_FIELD.hours]} />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={save.saving} aria-disabled={save.saving}>
        Add CPD entry
      </button>
    </form>
  );
}
