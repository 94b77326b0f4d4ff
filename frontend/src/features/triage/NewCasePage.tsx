import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { BackLink, StatusTag } from '../../shared/components/misc';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
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
  const s = useSubmit(wordsFor(caseFieldId, 'You do not have access to create cases.'));
  usePageTitle('Group events into a case', hasProblem(s.problem));
  const events = useLoad(
    () => Promise.all(ids.map((eventId) => call(api.GET('/api/v1/events/{eventId}', { params: { path: { eventId } } })))),
    [api, ids.join(',')],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await s.run(
      () => validateCase(draft),
      () => call(api.POST('/api/v1/cases', { body: { ...caseText(draft), eventIds: ids } })),
    );
    if (created) navigate(`/cases/${created.result.id}`);
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
        <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="case-problem" conflict={changedWhileWorking('case', () => undefined)} />
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
          <CaseFields draft={draft} onChange={setDraft} errors={s.fieldErrors} />
          <button className="nhsuk-button" type="submit" disabled={s.saving} aria-disabled={s.saving}>
            Create case
          </button>
        </form>
      </div>
    </div>
  );
}
