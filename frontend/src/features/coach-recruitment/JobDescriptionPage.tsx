import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { BackLink, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';

/** The job description of a QI coach with lived experience (000_* Appendix 2), as the candidate is given it. */
export function JobDescriptionPage() {
  const { api, me } = useAuth();
  usePageTitle('Job description: QI coach with lived experience');
  const jd = useLoad(() => call(api.GET('/api/v1/coach-recruitment/job-description')), [api]);
  const back = mayCall(me?.roles, 'listCoachCandidates') ? { to: '/coach-recruitment', text: 'Recruiting coaches with lived experience' } : { to: '/', text: 'Home' };
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back.to}>{back.text}</BackLink>
        {jd.state === 'loading' && <Loading />}
        {jd.state === 'error' && <ApiErrorView error={jd.error} />}
        {jd.state === 'ok' && (
          <>
            <span className="nhsuk-caption-l">Job description</span>
            <h1>{jd.data.title}</h1>
            <SummaryList
              rows={[
                { key: 'Band', value: jd.data.band },
                { key: 'Hours', value: jd.data.hours },
                { key: 'Contract', value: jd.data.contract },
                { key: 'Directorate', value: jd.data.directorate },
                { key: 'Reporting to', value: jd.data.reportingTo },
                { key: 'Accountable to', value: jd.data.accountableTo },
                { key: 'Key relationships', value: jd.data.keyRelationships },
              ]}
            />
            <h2>Job summary</h2>
            {jd.data.summary.map((p) => (
              <p key={p}>{p}</p>
            ))}
            <h2>Key responsibilities</h2>
            <ul>
              {jd.data.keyResponsibilities.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <h2>Essential criteria</h2>
            <ul>
              {jd.data.essentialCriteria.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <h2>Job description agreement</h2>
            <p>{jd.data.agreement}</p>
          </>
        )}
      </div>
    </div>
  );
}
