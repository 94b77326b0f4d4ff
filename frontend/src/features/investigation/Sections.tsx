import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { Checkbox, Select, Textarea, TextInput } from '../../shared/components/fields';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { MultilineText } from '../../shared/components/misc';
import { AddButton, RemoveButton, SectionForm, replaceAt } from './SectionForm';
import { useDraft, type OnDirty } from './useDraft';
import { useSave } from './useSave';
import { RELATIONSHIPS, SEIPS, blankToUndefined, controlId, fromInstant, toInstant, type DraftRelationship, type Investigation, type SeipsCategory } from './work';
import { fieldErrorsOf } from '../../shared/forms/formProblem';

export interface SectionProps {
  work: Investigation;
  editable: boolean;
  onSaved: (i: Investigation) => void;
  onReload: () => void;
  onDirty: OnDirty;
}

/** A section's draft (kept when another section saves) and its save, whose new version replaces the draft. */
function useSection<T>(section: string, saved: T, { work, onSaved, onDirty }: SectionProps) {
  const draft = useDraft(section, saved, work.version, onDirty);
  const saving = useSave(section, (updated) => {
    draft.adoptNextVersion();
    onSaved(updated);
  });
  return { draft, saving };
}

const path = (responseId: string) => ({ params: { path: { responseId } } });
const none = <p>None recorded yet.</p>;

export function TermsSection(props: SectionProps) {
  const { work, editable, onReload } = props;
  const { api } = useAuth();
  const { draft, saving } = useSection('tor', { text: work.termsOfReference ?? '', people: work.affectedInput.map((a) => ({ who: a.who, declined: a.declined, summary: a.summary ?? '' })) }, props);
  const { text, people } = draft.value;
  const setText = (value: string) => draft.set({ ...draft.value, text: value });
  const setPeople = (value: typeof people) => draft.set({ ...draft.value, people: value });
  const errors = fieldErrorsOf(saving.problem);
  const submit = () =>
    void saving.run(() =>
      call(
        api.PUT('/api/v1/responses/{responseId}/investigation/terms-of-reference', {
          ...path(work.responseId),
          body: { version: work.version, text, affectedInput: people.map((p) => ({ who: p.who, declined: p.declined, summary: p.declined ? undefined : blankToUndefined(p.summary) })) },
        }),
      ),
    );
  return (
    <SectionForm id="tor" title="Terms of reference" button="Save terms of reference" saving={saving} dirty={draft.dirty} editable={editable} onReload={onReload} onSubmit={submit}
      readOnly={<><MultilineText text={work.termsOfReference ?? 'Not written yet.'} />{work.affectedInput.map((a, i) => <p key={i}><strong>{a.who}</strong>: {a.declined ? 'declined to give their input' : a.summary}</p>)}</>}>
      <Textarea id={controlId('tor', 'text')} label="Terms of reference" hint="What the response will look into, agreed with those affected." value={text} onChange={setText} error={errors[controlId('tor', 'text')]} maxLength={10000} />
      <h3>Input of those affected</h3>
      {people.map((p, i) => (
        <div key={i} className="nhsuk-u-margin-bottom-5">
          <TextInput id={controlId('tor', `affectedInput[${i}].who`)} label={`Who (person ${i + 1})`} hint="For example, the patient's daughter" value={p.who} onChange={(who) => setPeople(replaceAt(people, i, { who }))} error={errors[controlId('tor', `affectedInput[${i}].who`)]} />
          <Checkbox id={controlId('tor', `affectedInput[${i}].declined`)} label="They declined to give their input" checked={p.declined} onChange={(declined) => setPeople(replaceAt(people, i, { declined }))} />
          {!p.declined && <Textarea id={controlId('tor', `affectedInput[${i}].summary`)} label="Summary of their input" value={p.summary} onChange={(summary) => setPeople(replaceAt(people, i, { summary }))} error={errors[controlId('tor', `affectedInput[${i}].summary`)]} rows={3} />}
          <RemoveButton what={`person ${i + 1}`} onClick={() => setPeople(people.filter((_, j) => j !== i))} />
        </div>
      ))}
      <AddButton onClick={() => setPeople([...people, { who: '', declined: false, summary: '' }])}>Add a person affected</AddButton>
    </SectionForm>
  );
}

export function ChronologySection(props: SectionProps) {
  const { work, editable, onReload } = props;
  const { api } = useAuth();
  const { draft, saving } = useSection('chronology', work.chronology.map((e) => ({ id: e.id as string | undefined, ...fromInstant(e.at), what: e.what, source: e.source })), props);
  const [entries, setEntries] = [draft.value, draft.set];
  const errors = fieldErrorsOf(saving.problem);
  const submit = () =>
    void saving.run(() =>
      call(
        api.PUT('/api/v1/responses/{responseId}/investigation/chronology', {
          ...path(work.responseId),
          body: {
            version: work.version,
            // An incomplete date or time is sent as missing, so the API names the entry's field.
            entries: entries.map((e) => ({ id: e.id, at: toInstant(e.date, e.time) as string, what: e.what, source: e.source })),
          },
        }),
      ),
    );
  const id = (i: number, f: string) => controlId('chronology', `entries[${i}].${f}`);
  return (
    <SectionForm id="chronology" title="Chronology" button="Save chronology" saving={saving} dirty={draft.dirty} editable={editable} onReload={onReload} onSubmit={submit}
      readOnly={work.chronology.length ? <ul className="nhsuk-list nhsuk-list--border">{work.chronology.map((e) => <li key={e.id}><strong>{formatDateTime(e.at)}</strong>: {e.what} (source: {e.source})</li>)}</ul> : none}>
      <p>Entries are listed in time order once saved.</p>
      {entries.map((e, i) => (
        <div key={e.id ?? `new-${i}`} className="nhsuk-u-margin-bottom-5">
          <h3 className="nhsuk-heading-s">Entry {i + 1}</h3>
          <TextInput id={id(i, 'at')} type="date" label="Date" value={e.date} onChange={(date) => setEntries(replaceAt(entries, i, { date }))} error={errors[id(i, 'at')]} />
          <TextInput id={`${id(i, 'at')}-time`} type="time" label="Time" value={e.time} onChange={(time) => setEntries(replaceAt(entries, i, { time }))} />
          <Textarea id={id(i, 'what')} label="What happened" rows={3} value={e.what} onChange={(what) => setEntries(replaceAt(entries, i, { what }))} error={errors[id(i, 'what')]} />
          <TextInput id={id(i, 'source')} label="Source" hint="For example, the nursing notes" value={e.source} onChange={(source) => setEntries(replaceAt(entries, i, { source }))} error={errors[id(i, 'source')]} />
          <RemoveButton what={`entry ${i + 1}`} onClick={() => setEntries(entries.filter((_, j) => j !== i))} />
        </div>
      ))}
      <AddButton onClick={() => setEntries([...entries, { id: undefined, date: '', time: '', what: '', source: '' }])}>Add an entry</AddButton>
    </SectionForm>
  );
}

export function AccountsSection(props: SectionProps) {
  const { work, editable, onReload } = props;
  const { api } = useAuth();
  const { draft, saving } = useSection('accounts', work.accounts.map((a) => ({ role: a.role, name: a.name ?? '', takenOn: a.takenOn, account: a.account })), props);
  const [accounts, setAccounts] = [draft.value, draft.set];
  const errors = fieldErrorsOf(saving.problem);
  const submit = () =>
    void saving.run(() =>
      call(
        api.PUT('/api/v1/responses/{responseId}/investigation/accounts', {
          ...path(work.responseId),
          body: { version: work.version, accounts: accounts.map((a) => ({ role: a.role, name: blankToUndefined(a.name), takenOn: a.takenOn || (undefined as unknown as string), account: a.account })) },
        }),
      ),
    );
  const id = (i: number, f: string) => controlId('accounts', `accounts[${i}].${f}`);
  return (
    <SectionForm id="accounts" title="First-hand accounts" button="Save accounts" saving={saving} dirty={draft.dirty} editable={editable} onReload={onReload} onSubmit={submit}
      readOnly={work.accounts.length ? work.accounts.map((a, i) => <div key={i}><h3 className="nhsuk-heading-s">{a.role}{a.name ? ` (${a.name})` : ''}, {formatDate(a.takenOn)}</h3><MultilineText text={a.account} /></div>) : none}>
      {accounts.map((a, i) => (
        <div key={i} className="nhsuk-u-margin-bottom-5">
          <h3 className="nhsuk-heading-s">Account {i + 1}</h3>
          <TextInput id={id(i, 'role')} label="Role" hint="For example, staff nurse on the night shift" value={a.role} onChange={(role) => setAccounts(replaceAt(accounts, i, { role }))} error={errors[id(i, 'role')]} />
          <TextInput id={id(i, 'name')} label="Name (optional)" value={a.name} onChange={(name) => setAccounts(replaceAt(accounts, i, { name }))} error={errors[id(i, 'name')]} />
          <TextInput id={id(i, 'takenOn')} type="date" label="Date taken" value={a.takenOn} onChange={(takenOn) => setAccounts(replaceAt(accounts, i, { takenOn }))} error={errors[id(i, 'takenOn')]} />
          <Textarea id={id(i, 'account')} label="Account" value={a.account} onChange={(account) => setAccounts(replaceAt(accounts, i, { account }))} error={errors[id(i, 'account')]} />
          <RemoveButton what={`account ${i + 1}`} onClick={() => setAccounts(accounts.filter((_, j) => j !== i))} />
        </div>
      ))}
      <AddButton onClick={() => setAccounts([...accounts, { role: '', name: '', takenOn: '', account: '' }])}>Add an account</AddButton>
    </SectionForm>
  );
}

export function FactorsSection(props: SectionProps) {
  const { work, editable, onReload } = props;
  const { api } = useAuth();
  const { draft, saving } = useSection('factors', work.factors.map((f) => ({ category: f.category as string, description: f.description, chronologyEntryId: f.chronologyEntryId ?? '' })), props);
  const [factors, setFactors] = [draft.value, draft.set];
  const errors = fieldErrorsOf(saving.problem);
  const entries = [...work.chronology.map((e) => ({ value: e.id, text: `${formatDateTime(e.at)}: ${e.what.slice(0, 60)}` }))];
  const submit = () =>
    void saving.run(() =>
      call(
        api.PUT('/api/v1/responses/{responseId}/investigation/contributory-factors', {
          ...path(work.responseId),
          body: { version: work.version, factors: factors.map((f) => ({ category: f.category as SeipsCategory, description: f.description, chronologyEntryId: f.chronologyEntryId || undefined })) },
        }),
      ),
    );
  const id = (i: number, f: string) => controlId('factors', `factors[${i}].${f}`);
  return (
    <SectionForm id="factors" title="Contributory factors" button="Save contributory factors" saving={saving} dirty={draft.dirty} editable={editable} onReload={onReload} onSubmit={submit}
      readOnly={work.factors.length ? <ul className="nhsuk-list nhsuk-list--border">{work.factors.map((f, i) => <li key={i}><strong>{f.categoryDisplay}</strong>: {f.description}</li>)}</ul> : none}>
      <p>Describe each factor in the part of the work system (SEIPS) it belongs to.</p>
      {factors.map((f, i) => (
        <div key={i} className="nhsuk-u-margin-bottom-5">
          <h3 className="nhsuk-heading-s">Factor {i + 1}</h3>
          <Select id={id(i, 'category')} label="Part of the work system" value={f.category} onChange={(category) => setFactors(replaceAt(factors, i, { category }))} placeholder="Select" options={SEIPS} error={errors[id(i, 'category')]} />
          <Textarea id={id(i, 'description')} label="Description" rows={3} value={f.description} onChange={(description) => setFactors(replaceAt(factors, i, { description }))} error={errors[id(i, 'description')]} />
          <Select id={id(i, 'chronologyEntryId')} label="Chronology entry (optional)" value={f.chronologyEntryId} onChange={(chronologyEntryId) => setFactors(replaceAt(factors, i, { chronologyEntryId }))} placeholder="Not linked" options={entries} error={errors[id(i, 'chronologyEntryId')]} />
          <RemoveButton what={`factor ${i + 1}`} onClick={() => setFactors(factors.filter((_, j) => j !== i))} />
        </div>
      ))}
      <AddButton onClick={() => setFactors([...factors, { category: '', description: '', chronologyEntryId: '' }])}>Add a factor</AddButton>
    </SectionForm>
  );
}

export function FindingsSection(props: SectionProps) {
  const { work, editable, onReload } = props;
  const { api } = useAuth();
  const { draft, saving } = useSection('findings', { findings: work.findings, areas: work.areasForImprovement }, props);
  const { findings, areas } = draft.value;
  const setFindings = (value: string[]) => draft.set({ ...draft.value, findings: value });
  const setAreas = (value: string[]) => draft.set({ ...draft.value, areas: value });
  const errors = fieldErrorsOf(saving.problem);
  const submit = () =>
    void saving.run(() =>
      call(api.PUT('/api/v1/responses/{responseId}/investigation/findings', { ...path(work.responseId), body: { version: work.version, findings, areasForImprovement: areas } })),
    );
  const list = (items: string[]) => (items.length ? <ol className="nhsuk-list nhsuk-list--number">{items.map((t, i) => <li key={i}>{t}</li>)}</ol> : none);
  return (
    <SectionForm id="findings" title="Findings and areas for improvement" button="Save findings" saving={saving} dirty={draft.dirty} editable={editable} onReload={onReload} onSubmit={submit}
      readOnly={<><h3>Findings</h3>{list(work.findings)}<h3>Areas for improvement</h3>{list(work.areasForImprovement)}</>}>
      {findings.map((t, i) => (
        <div key={`f${i}`}>
          <Textarea id={controlId('findings', `findings[${i}]`)} label={`Finding ${i + 1}`} rows={3} value={t} onChange={(v) => setFindings(findings.map((x, j) => (j === i ? v : x)))} error={errors[controlId('findings', `findings[${i}]`)]} />
          <RemoveButton what={`finding ${i + 1}`} onClick={() => setFindings(findings.filter((_, j) => j !== i))} />
        </div>
      ))}
      <AddButton onClick={() => setFindings([...findings, ''])}>Add a finding</AddButton>
      {areas.map((t, i) => (
        <div key={`a${i}`}>
          <Textarea id={controlId('findings', `areasForImprovement[${i}]`)} label={`Area for improvement ${i + 1}`} rows={3} value={t} onChange={(v) => setAreas(areas.map((x, j) => (j === i ? v : x)))} error={errors[controlId('findings', `areasForImprovement[${i}]`)]} />
          <RemoveButton what={`area for improvement ${i + 1}`} onClick={() => setAreas(areas.filter((_, j) => j !== i))} />
        </div>
      ))}
      <AddButton onClick={() => setAreas([...areas, ''])}>Add an area for improvement</AddButton>
    </SectionForm>
  );
}

export function SharingSection(props: SectionProps) {
  const { work, editable, onReload } = props;
  const { api } = useAuth();
  const { draft, saving } = useSection('sharing', { sharings: work.draftSharings.map((s) => ({ name: s.name, relationship: s.relationship as string, sharedOn: s.sharedOn, comments: s.comments ?? '' })), reason: work.draftNotSharedReason ?? '' }, props);
  const { sharings, reason } = draft.value;
  const setSharings = (value: typeof sharings) => draft.set({ ...draft.value, sharings: value });
  const setReason = (value: string) => draft.set({ ...draft.value, reason: value });
  const errors = fieldErrorsOf(saving.problem);
  const submit = () =>
    void saving.run(() =>
      call(
        api.PUT('/api/v1/responses/{responseId}/investigation/draft-sharing', {
          ...path(work.responseId),
          body: {
            version: work.version,
            sharings: sharings.map((s) => ({ name: s.name, relationship: s.relationship as DraftRelationship, sharedOn: s.sharedOn || (undefined as unknown as string), comments: blankToUndefined(s.comments) })),
            notSharedReason: blankToUndefined(reason),
          },
        }),
      ),
    );
  const id = (i: number, f: string) => controlId('sharing', `sharings[${i}].${f}`);
  return (
    <SectionForm id="sharing" title="Draft shared with those affected" button="Save draft sharing" saving={saving} dirty={draft.dirty} editable={editable} onReload={onReload} onSubmit={submit}
      readOnly={<>{work.draftSharings.map((s, i) => <p key={i}><strong>{s.name}</strong> ({s.relationship}), {formatDate(s.sharedOn)}{s.comments ? `: ${s.comments}` : ''}</p>)}{work.draftNotSharedReason && <p>Not shared: {work.draftNotSharedReason}</p>}{!work.draftSharings.length && !work.draftNotSharedReason && none}</>}>
      {sharings.map((s, i) => (
        <div key={i} className="nhsuk-u-margin-bottom-5">
          <h3 className="nhsuk-heading-s">Shared with person {i + 1}</h3>
          <TextInput id={id(i, 'name')} label="Name" value={s.name} onChange={(name) => setSharings(replaceAt(sharings, i, { name }))} error={errors[id(i, 'name')]} />
          <Select id={id(i, 'relationship')} label="Relationship" value={s.relationship} onChange={(relationship) => setSharings(replaceAt(sharings, i, { relationship }))} placeholder="Select" options={RELATIONSHIPS} error={errors[id(i, 'relationship')]} />
          <TextInput id={id(i, 'sharedOn')} type="date" label="Date shared" value={s.sharedOn} onChange={(sharedOn) => setSharings(replaceAt(sharings, i, { sharedOn }))} error={errors[id(i, 'sharedOn')]} />
          <Textarea id={id(i, 'comments')} label="Their comments (optional)" rows={3} value={s.comments} onChange={(comments) => setSharings(replaceAt(sharings, i, { comments }))} error={errors[id(i, 'comments')]} />
          <RemoveButton what={`person ${i + 1}`} onClick={() => setSharings(sharings.filter((_, j) => j !== i))} />
        </div>
      ))}
      <AddButton onClick={() => setSharings([...sharings, { name: '', relationship: '', sharedOn: '', comments: '' }])}>Add a person the draft was shared with</AddButton>
      {sharings.length === 0 && <Textarea id={controlId('sharing', 'notSharedReason')} label="If the draft was not shared, why not" rows={3} value={reason} onChange={setReason} error={errors[controlId('sharing', 'notSharedReason')]} />}
    </SectionForm>
  );
}

export function ReportSection(props: SectionProps) {
  const { work, editable, onReload } = props;
  const { api } = useAuth();
  const { draft, saving } = useSection('report', work.reportSummary ?? '', props);
  const [summary, setSummary] = [draft.value, draft.set];
  const errors = fieldErrorsOf(saving.problem);
  const submit = () =>
    void saving.run(() => call(api.PUT('/api/v1/responses/{responseId}/investigation/report-summary', { ...path(work.responseId), body: { version: work.version, summary } })));
  return (
    <SectionForm id="report" title="Final report" button="Save summary" saving={saving} dirty={draft.dirty} editable={editable} onReload={onReload} onSubmit={submit}
      readOnly={<MultilineText text={work.reportSummary ?? 'Not written yet.'} />}>
      <p>The final report is assembled from the parts above and opens with this summary.</p>
      <Textarea id={controlId('report', 'summary')} label="Summary" hint="In plain words a family could read." value={summary} onChange={setSummary} error={errors[controlId('report', 'summary')]} maxLength={10000} />
    </SectionForm>
  );
}
