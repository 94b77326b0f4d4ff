import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink, StatusTag } from '../../shared/components/misc';
import { SaveProblemSummary } from '../../shared/components/SaveProblemSummary';
import { fieldErrorsOf, saveProblemFrom, type SaveProblem } from '../../shared/components/saveProblem';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { CaseFields } from './CaseFields';
import { caseEventId, caseFieldId, caseText, validateCase, type CaseDraft } from './caseForm';
import { eventIdsFrom } from './caseLinks';

/** Groups the events selected in the triage queue into a new case. */
export function NewCasePage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ids = eventIdsFrom(params);
  const [draft, setDraft] = useState<CaseDraft>({ title: '', theme: '' });
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [submits, setSubmits] = useState(0);
  usePageTitle('Group events into a case', problem !== null);
  const events = useLoad(
    () => Promise.all(ids.map((eventId) => call(api.GET('/api/v1/events/{eventId}', { params: { path: { eventId } } })))),
    [api, ids.join(',')],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmits((s) => s + 1);
    const errors = validateCase(draft);
    setProblem(errors.length ? { kind: 'fields', errors } : null);
    if (errors.length) return;
    setSaving(true);
    try {
      const created = await call(api.POST('/api/v1/cases', { body: { ...caseText(draft), eventIds: ids } }));
      navigate(`/cases/${created.id}`);
    } catch (err) {
      setProblem(saveProblemFrom(err, caseFieldId, 'You do not have access to create cases.'));
      setSaving(false);
    }
  };

  if (ids.length === 0)
    return (
      <>
        <BackLink to="/triage">Triage queue</BackLink>
        <h1>Group events into a case</h1>
        <p>No events were selected.</p>
        <p>
          Select the events to review together in the <Link to="/triage">Triage queue</Link>.
        </p>
      </>
    );
  if (events.state === 'loading') return <Loading />;
  if (events.state === 'error') return <ApiErrorView error={events.error} />;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/triage">Triage queue</BackLink>
        <SaveProblemSummary problem={problem} focusKey={submits} titleId="case-problem" what="case" onReload={() => undefined} />
        <h1>Group events into a case</h1>
        <p>The panel reviews the events of a case together and records one decision for the case.</p>
        <h2>Events in this case</h2>
        <ul className="nhsuk-list nhsuk-list--border">
          {events.data.map((ev, i) => (
            <li key={ev.id}>
              <Link id={caseEventId(i)} to={`/triage/${ev.id}`}>
                {ev.reference}
              </Link>
              : {ev.category.display}, {ev.location.name} <StatusTag status={ev.status} />
            </li>
          ))}
        </ul>
        <form noValidate onSubmit={(e) => void submit(e)} aria-label="New case">
          <CaseFields draft={draft} onChange={setDraft} errors={fieldErrorsOf(problem)} />
          <button className="nhsuk-button" type="submit" disabled={saving} aria-disabled={saving}>
            Create case
          </button>
        </form>
      </div>
    </div>
  );
}
