import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { Checkbox, Select } from '../../shared/components/fields';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { SavedNotice } from '../../shared/components/saved-notice';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { messageProblem, wordsFor } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';
import { AttendanceTag, hoursText, sessionWhen, sessionWhere } from './text';
import type { AttendanceStatus, ProgrammeSession } from './types';
import { usePeopleOptions } from './usePeopleOptions';

/** One session: when and where, the caller's own place, and for the keepers the register to mark. */
export function SessionPage({ id }: { id: string }) {
  const { api } = useAuth();
  const loaded = useLoad(() => call(api.GET('/api/v1/programme-sessions/{sessionId}', { params: { path: { sessionId: id } } })), [api, id]);
  const [session, setSession] = useState<ProgrammeSession | null>(null);
  const fresh = loaded.state === 'ok' ? loaded.data : null;
  useEffect(() => {
    if (fresh) setSession(fresh);
  }, [fresh]);
  usePageTitle(session ? `Session of ${session.programmeTitle}` : 'Session');
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  if (!session) return <Loading />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/programmes/${session.programmeId}`}>{session.programmeTitle}</BackLink>
        <span className="nhsuk-caption-l">{session.programmeTitle}</span>
        <h1>{sessionWhen(session)}</h1>
        <SummaryList
          rows={[
            { key: 'Where', value: sessionWhere(session) },
            { key: 'Facilitator', value: session.facilitator },
            { key: 'Length', value: hoursText(session.hours) },
            { key: 'You', value: session.yourAttendance ? <AttendanceTag status={session.yourAttendance} /> : 'You are not on the register' },
          ]}
        />
        {session.mayKeep && session.attendees && <Register session={session} onSaved={setSession} onReload={loaded.reload} />}
        <p>
          <Link to="/programmes">All training programmes</Link>
        </p>
      </div>
    </div>
  );
}

export interface Row {
  personId: string;
  name: string;
  status: AttendanceStatus;
}

/**
 * The register as checkboxes, one a person (big touch targets on a phone): before the session, who is booked;
 * from its day, who attended (unticked: did not attend). Saved as a whole on the version read.
 */
function Register({ session, onSaved, onReload }: { session: ProgrammeSession; onSaved: (s: ProgrammeSession) => void; onReload: () => void }) {
  const { api, me } = useAuth();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(session));
  const [adding, setAdding] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const mayPick = mayCall(me?.roles, 'listPeople');
  const save = useSubmit(wordsFor((field) => (field.startsWith('attendees') ? 'register' : null), 'You do not have access to change the register.'));
  const submit = save.handle(NO_CHECKS, async () => {
    const updated = await call(
      api.PUT('/api/v1/programme-sessions/{sessionId}/attendance', {
        params: { path: { sessionId: session.id } },
        body: { version: session.version, attendees: registerToSave(rows, session.held) },
      }),
    );
    onSaved(updated);
    setRows(rowsOf(updated));
    setSaved('Register saved.');
  });
  const setStatus = (personId: string, status: AttendanceStatus) => setRows((rs) => rs.map((r) => (r.personId === personId ? { ...r, status } : r)));

  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">Register</h2>
      <SavedNotice message={saved} />
      <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="register-problem" conflict={changedWhileWorking('register', onReload)} />
      <form noValidate onSubmit={(e) => void submit(e)} aria-label="Register">
        <div id="register">
          {rows.length === 0 && <p>Nobody is on the register yet.</p>}
          {rows.map((r) =>
            session.held ? (
              <Checkbox
                key={r.personId}
                id={`attended-${r.personId}`}
                label={`${r.name} attended`}
                checked={r.status === 'attended'}
                onChange={(checked) => setStatus(r.personId, checked ? 'attended' : 'did-not-attend')}
              />
            ) : (
              <Checkbox
                key={r.personId}
                id={`booked-${r.personId}`}
                label={`${r.name} is booked`}
                hint="Untick to take them off the register"
                checked={r.status === 'booked'}
                onChange={(checked) => setStatus(r.personId, checked ? 'booked' : 'did-not-attend')}
              />
            ),
          )}
        </div>
        <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
          Save the register
        </button>
      </form>
      {mayPick && <AddPerson rows={rows} value={adding} onChange={setAdding} onAdd={(row) => {
        if (rows.some((r) => r.personId === row.personId)) {
          save.show(messageProblem(`${row.name} is already on the register.`));
          return;
        }
        setRows((rs) => [...rs, { ...row, status: session.held ? 'attended' : 'booked' }]);
        setAdding('');
      }} />}
    </section>
  );
}

function AddPerson({ value, onChange, onAdd }: { rows: Row[]; value: string; onChange: (v: string) => void; onAdd: (row: Omit<Row, 'status'>) => void }) {
  const people = usePeopleOptions();
  if (people.state === 'loading') return <Loading what="Loading the people directory" />;
  if (people.state === 'error') return <ApiErrorView error={people.error} />;
  const chosen = people.data.find((o) => o.value === value);
  return (
    <div className="nhsuk-form-group">
      <Select id="register-add" label="Add a person to the register" placeholder="Choose a person" options={people.data} value={value} onChange={onChange} />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={!chosen}
        onClick={() => chosen && onAdd({ personId: chosen.value, name: chosen.text.replace(/ \(.*\)$/, '') })}
      >
        Add to the register
      </button>
    </div>
  );
}

function rowsOf(session: ProgrammeSession): Row[] {
  return (session.attendees ?? []).map((a) => ({ personId: a.personId, name: a.name, status: a.status }));
}

/** Before the session an unticked booking leaves the register; from its day each person attended or did not. */
export function registerToSave(rows: Row[], held: boolean): { personId: string; status: AttendanceStatus }[] {
  return rows.filter((r) => held || r.status === 'booked').map((r) => ({ personId: r.personId, status: r.status }));
}
