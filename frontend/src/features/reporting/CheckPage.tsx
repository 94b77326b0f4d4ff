import { useEffect, useRef } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { EVENT_TYPE_TEXT, formatDate, formatNhsNumber } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList, type SummaryRow } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, NO_PROBLEM } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';
import { byPage, targetOf } from './fieldErrors';
import { PAGE_ORDER, PAGE_PATH, type ReportDraft } from './model';
import { displayOf } from './options';
import { useReporting } from './ReportingContext';
import { buildReport } from './toRequest';
import { firstInvalidPage, validatePage } from './validation';

export const LAST_REFERENCE_KEY = 'psirf.lastReport';

const UNAVAILABLE = 'Sorry, there is a problem with the service. Your answers are saved on this device. Try again later.';

function change(page: keyof typeof PAGE_PATH, what: string) {
  return { href: `${PAGE_PATH[page]}?change=1`, visuallyHidden: what };
}

export function CheckPage() {
  const { api } = useAuth();
  const { draft, taxonomy, locations, reset, setServerErrors } = useReporting();
  const navigate = useNavigate();
  const staffRowOf = (sent: number) => buildReport(draft).staffRows[sent] ?? sent;
  const s = useSubmit({
    // The service names the fields of the question pages: they are corrected there.
    fieldId: (f) => targetOf(f.field, staffRowOf)?.id,
    forbidden: 'Your account cannot send reports. Ask the patient safety team to check your roles.',
    network: 'We could not connect to the service. You may be offline. Your answers are saved on this device. Check your connection, then select Send report again.',
    unavailable: UNAVAILABLE,
    refusedNow: UNAVAILABLE,
  });
  // Once sent, the draft is reset while the router moves on to /report/done: don't treat it as incomplete.
  const sent = useRef(false);
  usePageTitle('Check your answers before sending your report', hasProblem(s.problem));

  const incomplete = sent.current ? null : firstInvalidPage(draft);
  useEffect(() => {
    // Reached before finishing the questions (bookmark, reload of an old draft): show what is missing.
    if (incomplete) setServerErrors({ [incomplete]: validatePage(incomplete, draft) });
  }, [incomplete, draft, setServerErrors]);
  if (incomplete) return <Navigate to={`${PAGE_PATH[incomplete]}?change=1`} replace />;

  const send = () =>
    s.run(
      NO_CHECKS,
      async () => {
        const saved = await call(api.POST('/api/v1/events', { body: buildReport(draft).body }));
        sessionStorage.setItem(LAST_REFERENCE_KEY, JSON.stringify({ id: saved.id, reference: saved.reference }));
        sent.current = true;
        navigate('/report/done', { state: { id: saved.id, reference: saved.reference } });
        reset();
      },
      (problem) => {
        // Answers the service did not accept are corrected on the first question page that asked them.
        if (!problem.errors.length) return;
        const pages = byPage(problem.errors);
        setServerErrors(pages);
        const first = PAGE_ORDER.find((p) => pages[p]?.length);
        if (first) navigate(`${PAGE_PATH[first]}?change=1`);
      },
    );

  return (
    <>
      <BackLink to={PAGE_PATH.staff} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {/* Answers to correct are shown on the question page it is leaving for. */}
          <ErrorSummary problem={s.problem.errors.length ? NO_PROBLEM : s.problem} focusKey={s.submits} title="Your report has not been sent" />
          <span className="nhsuk-caption-l">Report a patient safety event – step 5 of 5</span>
          <h1 className="nhsuk-heading-l">Check your answers before sending your report</h1>
          <Answers draft={draft} taxonomy={taxonomy} locations={locations} />
          <h2 className="nhsuk-heading-m">Now send your report</h2>
          <p>By sending this report you confirm that, to the best of your knowledge, the details you are giving are correct.</p>
          <button className="nhsuk-button" type="button" onClick={() => void send()} disabled={s.saving} aria-disabled={s.saving}>
            Send report
          </button>
          {s.saving && (
            <p className="nhsuk-body" role="status">
              Sending your report…
            </p>
          )}
        </div>
      </div>
    </>
  );
}

function Answers({ draft: d, taxonomy, locations }: Pick<ReturnType<typeof useReporting>, 'taxonomy' | 'locations'> & { draft: ReportDraft }) {
  const location = locations.find((l) => l.code === d.locationCode);
  const event: SummaryRow[] = [
    { key: 'Kind of event', value: EVENT_TYPE_TEXT[d.eventType as keyof typeof EVENT_TYPE_TEXT] ?? d.eventType, change: change('event', 'what kind of event') },
    { key: 'Date and time', value: `${formatDate(d.date)} at ${d.time}`, change: change('event', 'date and time') },
    { key: 'Location', value: location ? `${location.name} – ${location.service}` : d.locationCode, change: change('event', 'location') },
  ];
  const details: SummaryRow[] = [
    { key: 'Category', value: displayOf(taxonomy.categories, d.categoryCode), change: change('details', 'category') },
    { key: 'Physical harm', value: displayOf(taxonomy.physicalHarm, d.physicalHarm), change: change('details', 'physical harm') },
    { key: 'Psychological harm', value: displayOf(taxonomy.psychologicalHarm, d.psychologicalHarm), change: change('details', 'psychological harm') },
    { key: 'What happened', value: <MultilineText text={d.whatHappened.trim()} />, change: change('details', 'what happened') },
    { key: 'Immediate actions taken', value: d.immediateActions.trim() ? <MultilineText text={d.immediateActions.trim()} /> : 'None given', change: change('details', 'immediate actions taken') },
  ];
  const patient: SummaryRow[] = [
    { key: 'Patient involved', value: d.patientInvolved === 'yes' ? 'Yes' : 'No', change: change('patient', 'whether a patient was involved') },
  ];
  if (d.patientInvolved === 'yes') {
    const p = d.patient;
    patient.push(
      { key: 'Patient name', value: p.name.trim(), change: change('patient', 'patient name') },
      { key: 'NHS number', value: formatNhsNumber(p.nhsNumber.trim()), change: change('patient', 'NHS number') },
      { key: 'Date of birth', value: formatDate(p.dateOfBirth), change: change('patient', 'date of birth') },
      { key: 'Address', value: p.address.trim() ? <MultilineText text={p.address.trim()} /> : '', change: change('patient', 'address') },
      { key: 'Age bracket', value: p.ageBracket ? displayOf(taxonomy.ageBrackets, p.ageBracket) : '', change: change('patient', 'age bracket') },
      { key: 'Gender', value: p.gender ? displayOf(taxonomy.genders, p.gender) : '', change: change('patient', 'gender') },
      { key: 'Ethnicity', value: p.ethnicity ? displayOf(taxonomy.ethnicities, p.ethnicity) : '', change: change('patient', 'ethnicity') },
    );
  }
  const staffGiven = d.staff.filter((s) => s.role.trim());
  const staff: SummaryRow[] = [
    {
      key: 'Staff involved',
      value: staffGiven.length ? (
        <ul className="nhsuk-list">
          {staffGiven.map((s, i) => (
            <li key={i}>
              {s.role.trim()}
              {s.name.trim() ? ` (${s.name.trim()})` : ''}
              {s.staffType ? ` – ${displayOf(taxonomy.staffTypes, s.staffType)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        'None given'
      ),
      change: change('staff', 'staff involved'),
    },
    { key: 'Report anonymously', value: d.anonymous ? 'Yes' : 'No', change: change('staff', 'whether to report anonymously') },
  ];
  return (
    <>
      <h2 className="nhsuk-heading-m">The event</h2>
      <SummaryList rows={event} />
      <h2 className="nhsuk-heading-m">What happened</h2>
      <SummaryList rows={details} />
      <h2 className="nhsuk-heading-m">Patient</h2>
      <SummaryList rows={patient} />
      <h2 className="nhsuk-heading-m">Staff</h2>
      <SummaryList rows={staff} />
    </>
  );
}
