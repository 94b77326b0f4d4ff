import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { Select, Textarea, TextInput, type FieldMessage } from '../../shared/components/fields';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { SummaryList } from '../../shared/components/misc';
import { Loading } from '../../shared/components/states';
import type { SectionProps } from './Sections';
import { useSave } from './useSave';
import { OPEN_STEP_TEXT, controlId } from './work';

const path = (responseId: string) => ({ params: { path: { responseId } } });

type Person = components['schemas']['Person'];

/** What an overseer option shows: the name, then the job role when there is one. */
const overseerText = (p: Pick<Person, 'name' | 'jobRole'>) => (p.jobRole ? `${p.name} (${p.jobRole})` : p.name);

/** The overseer's sign-off: the form, then check answers, then confirm. */
export function SignOffSection({ work, editable, onSaved, onReload, onDirty }: SectionProps) {
  const { api } = useAuth();
  const saving = useSave('signoff', onSaved);
  const [overseer, setOverseer] = useState('');
  // Only someone who may sign off, while it is still to do, needs the people qualified to oversee (listPeople).
  const choosing = editable && !work.signOff;
  const people = useLoad(
    async (): Promise<Person[]> =>
      choosing ? (await call(api.GET('/api/v1/people', { params: { query: { qualifiedFor: 'overseer', size: 100 } } }))).items.filter((p) => p.active) : [],
    [api, choosing],
  );
  const overseers = people.state === 'ok' ? people.data : [];
  const chosen = overseers.find((p) => p.id === overseer);
  const [on, setOn] = useState('');
  const [comment, setComment] = useState('');
  const [checking, setChecking] = useState(false);
  const [missing, setMissing] = useState<FieldMessage[]>([]);
  const [submits, setSubmits] = useState(0);
  // Kept across other sections' saves (not remounted); unsaved until the sign-off is recorded.
  const dirty = !work.signOff && Boolean(overseer || on || comment.trim());
  useEffect(() => onDirty('signoff', dirty), [dirty, onDirty]);
  const id = (f: string) => controlId('signoff', f);
  const errors: Record<string, string | undefined> = {};
  for (const e of missing) errors[e.id] = e.message;
  for (const e of saving.problem.errors) errors[e.id] ??= e.message;

  const next = () => {
    setSubmits((s) => s + 1);
    const found: FieldMessage[] = [];
    if (!chosen) found.push({ id: id('overseerPersonId'), message: 'Select the overseer' });
    if (!on) found.push({ id: id('signedOffOn'), message: 'Enter the date of the sign-off' });
    if (!comment.trim()) found.push({ id: id('comment'), message: "Enter the overseer's comment" });
    setMissing(found);
    if (!found.length) setChecking(true);
  };
  const confirm = () =>
    void saving.run(async () => {
      try {
        return await call(api.POST('/api/v1/responses/{responseId}/investigation/sign-off', { ...path(work.responseId), body: { version: work.version, overseerPersonId: overseer, signedOffOn: on, comment } }));
      } catch (err) {
        setChecking(false);
        throw err;
      }
    });

  return (
    <section aria-labelledby="signoff-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="signoff-heading">Oversight sign-off</h2>
      <ErrorSummary errors={missing} focusKey={submits} titleId="signoff-missing-title" />
      <ErrorSummary problem={saving.problem} focusKey={saving.submits} titleId="signoff-error-title" conflict={changedWhileWorking('learning response', onReload)} />
      {work.signOff ? (
        <SummaryList rows={[
          { key: 'Overseer', value: work.signOff.overseerName },
          { key: 'Signed off', value: formatDate(work.signOff.signedOffOn) },
          { key: 'Comment', value: work.signOff.comment },
        ]} />
      ) : !editable ? (
        <p>Not signed off yet.</p>
      ) : checking ? (
        <>
          <h3>Check the sign-off before you confirm it</h3>
          <SummaryList rows={[
            { key: 'Overseer', value: chosen?.name ?? '' },
            { key: 'Date of the sign-off', value: formatDate(on) },
            { key: 'Comment', value: comment },
          ]} />
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setChecking(false)}>Change the sign-off</button>{' '}
          <button type="button" className="nhsuk-button" onClick={confirm} disabled={saving.saving}>Confirm sign-off</button>
        </>
      ) : people.state === 'loading' ? (
        <Loading what="Loading the people qualified to oversee" />
      ) : people.state === 'error' ? (
        <p>
          The people qualified to oversee could not be loaded.{' '}
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={people.reload}>Try again</button>
        </p>
      ) : overseers.length === 0 ? (
        <>
          <p>Nobody in the people directory has the oversight training yet</p>
          <p><Link to="/people">People and training</Link></p>
        </>
      ) : (
        <form noValidate onSubmit={(e) => { e.preventDefault(); next(); }}>
          <p>The overseer must have completed oversight training (policy §4).</p>
          <Select id={id('overseerPersonId')} label="Overseer" hint="Active people in the directory who have completed oversight training" placeholder="Choose the overseer" value={overseer} onChange={setOverseer} options={overseers.map((p) => ({ value: p.id, text: overseerText(p) }))} error={errors[id('overseerPersonId')]} />
          <TextInput id={id('signedOffOn')} type="date" label="Date of the sign-off" value={on} onChange={setOn} error={errors[id('signedOffOn')]} />
          <Textarea id={id('comment')} label="Overseer's comment" rows={3} value={comment} onChange={setComment} error={errors[id('comment')]} maxLength={2000} />
          <button className="nhsuk-button" type="submit">Continue</button>
        </form>
      )}
    </section>
  );
}

/** Where each open step of a refusal is put right on the page. */
const STEP_TARGET: Record<string, string> = { finalReport: 'report-heading', draftSharing: 'sharing-heading', signOff: 'signoff-heading' };

/** Closing: what is still open, check answers, then confirm; a refusal lists every open step. */
export function CloseSection({ work, onSaved, onReload }: Omit<SectionProps, 'editable'>) {
  const { api } = useAuth();
  const saving = useSave('close', onSaved);
  const [checking, setChecking] = useState(false);
  if (work.status === 'closed') return <p>This response was closed {work.closedAt ? formatDateTime(work.closedAt) : ''}.</p>;
  const refused = saving.problem.errors.length > 0;
  const confirm = () =>
    void saving.run(async () => {
      try {
        return await call(api.POST('/api/v1/responses/{responseId}/closure', { ...path(work.responseId), body: { version: work.responseVersion } }));
      } finally {
        setChecking(false);
      }
    });
  const steps = refused
    ? saving.problem.errors.map((e) => ({ id: STEP_TARGET[e.id.replace(/^close-/, '')] ?? 'close-heading', message: e.message }))
    : [];
  return (
    <section aria-labelledby="close-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="close-heading">Close the response</h2>
      {refused ? (
        <ErrorSummary errors={steps} focusKey={saving.submits} titleId="close-error-title" title="This response cannot be closed yet" />
      ) : (
        <ErrorSummary problem={saving.problem} focusKey={saving.submits} titleId="close-error-title" conflict={changedWhileWorking('learning response', onReload)} />
      )}
      {work.openSteps.length > 0 && (
        <>
          <p>Still to do before it can close:</p>
          <ul>{work.openSteps.map((s) => <li key={s}>{OPEN_STEP_TEXT[s]}</li>)}</ul>
        </>
      )}
      {checking ? (
        <>
          <h3>Check before you close the response</h3>
          <SummaryList rows={[
            { key: 'Final report', value: work.finalReportReady ? 'Written' : 'Not written yet' },
            { key: 'Draft shared with those affected', value: work.draftSharings.length ? `Shared with ${work.draftSharings.length}` : work.draftNotSharedReason ? `Not shared: ${work.draftNotSharedReason}` : 'Not recorded' },
            { key: 'Oversight sign-off', value: work.signOff ? `${work.signOff.overseerName}, ${formatDate(work.signOff.signedOffOn)}` : 'Not signed off' },
          ]} />
          <p>Once closed, the response cannot be changed.</p>
          <button type="button" className="nhsuk-button" onClick={confirm} disabled={saving.saving}>Confirm and close the response</button>
        </>
      ) : (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setChecking(true)}>Close this response</button>
      )}
    </section>
  );
}
