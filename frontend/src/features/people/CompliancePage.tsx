import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { todayInUk } from '../../shared/components/dateParts';
import { Select } from '../../shared/components/fields';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { ROLE_SHORT_TEXT } from './text';
import type { TrainingCompliance } from './types';

/** The years offered: this one and the five before it. */
export function yearsUpTo(current: number): number[] {
  return Array.from({ length: 6 }, (_, i) => current - i);
}

function Gaps({ row }: { row: TrainingCompliance['people'][number] }) {
  const gaps = row.qualifications.filter((q) => !q.qualified);
  if (gaps.length === 0) return <>None</>;
  return (
    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
      {gaps.map((q) => (
        <li key={q.role}>
          <strong>{ROLE_SHORT_TEXT[q.role] ?? q.role}:</strong> {q.missing.map((m) => m.message).join('; ')}
        </li>
      ))}
    </ul>
  );
}

/** Training gaps per person and part, and the leads under the policy's two learning responses a year. */
export function CompliancePage() {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const current = Number(todayInUk().slice(0, 4));
  const wanted = Number(params.get('year'));
  const year = Number.isInteger(wanted) && wanted >= 2000 && wanted <= 2100 ? wanted : current;
  const [choice, setChoice] = useState(String(year));
  usePageTitle('Training compliance');
  const report = useLoad(() => call(api.GET('/api/v1/training/compliance', { params: { query: { year } } })), [api, year]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/training/compliance?year=${choice}`);
  };
  const years = yearsUpTo(current);

  return (
    <>
      <BackLink to="/people">People and training</BackLink>
      <h1>Training compliance</h1>
      <p>
        Policy §4: learning response leads need levels 1 and 2 of the patient safety syllabus and 2 days of training in learning from
        incidents, and contribute to at least 2 learning responses a year. Engagement leads need 6 hours of engagement training;
        overseers 2 days of learning from incidents and 1 day of oversight training.
      </p>
      <form noValidate onSubmit={submit} aria-label="Choose the year">
        <Select id="compliance-year" label="Year" value={choice} onChange={setChoice} options={years.map((y) => ({ value: String(y), text: String(y) }))} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show year
        </button>
      </form>
      {report.state === 'loading' && <Loading />}
      {report.state === 'error' && <ApiErrorView error={report.error} />}
      {report.state === 'ok' && (
        <>
          <p role="status">
            {report.data.people.length === 0
              ? 'No active people in the directory.'
              : `${report.data.people.length} active ${report.data.people.length === 1 ? 'person' : 'people'} in ${report.data.year}; ${report.data.people.filter((p) => p.belowMinimumResponses).length} under ${report.data.minimumResponsesPerYear} learning responses.`}
          </p>
          {report.data.people.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">People, their training gaps and learning responses in {report.data.year}</caption>
              <TableHead headings={['Name', 'Training gaps', `Learning responses in ${report.data.year}`]} />
              <tbody className="nhsuk-table__body">
                {report.data.people.map((p) => (
                  <tr key={p.personId} className="nhsuk-table__row">
                    <Cell heading="Name">
                      <Link to={`/people/${p.personId}`}>{p.name}</Link>
                      {p.jobRole && <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-margin-bottom-0">{p.jobRole}</span>}
                    </Cell>
                    <Cell heading="Training gaps">
                      <Gaps row={p} />
                    </Cell>
                    <Cell heading={`Learning responses in ${report.data.year}`}>
                      {p.responsesInYear}
                      {p.belowMinimumResponses && (
                        <strong className="nhsuk-tag nhsuk-tag--red nhsuk-u-margin-left-2">Lead under {report.data.minimumResponsesPerYear} a year</strong>
                      )}
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
