import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate } from '../../shared/components/format';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { SupervisionTag, dueText } from './text';

/** The register of patient safety partners (policy §3.7), current partnerships first. */
export function PartnersListPage() {
  const { api, me } = useAuth();
  usePageTitle('Patient safety partners');
  const partners = useLoad(() => call(api.GET('/api/v1/patient-safety-partners')), [api]);
  const overdue = partners.state === 'ok' ? partners.data.filter((p) => p.supervisionOverdue).length : 0;
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Patient safety partners</h1>
      <p>
        Each partner is supported by a named individual in the trust and has supervision at least every 3 months. A partner with no session for 3
        months is shown as <strong>Supervision overdue</strong>.
      </p>
      {mayCall(me?.roles, 'registerPatientSafetyPartner') && (
        <Link className="nhsuk-button nhsuk-button--secondary" to="/patient-safety-partners/new">
          Add a patient safety partner
        </Link>
      )}
      {partners.state === 'loading' && <Loading />}
      {partners.state === 'error' && <ApiErrorView error={partners.error} />}
      {partners.state === 'ok' && (
        <>
          <p role="status">
            {partners.data.length === 0
              ? 'There are no patient safety partners in the register yet.'
              : `${partners.data.length} ${partners.data.length === 1 ? 'partner' : 'partners'}; ${overdue} overdue supervision.`}
          </p>
          {partners.data.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Patient safety partners, who supports them and their supervision</caption>
              <TableHead headings={['Partner', 'Supported by', 'Latest supervision', 'Supervision']} />
              <tbody className="nhsuk-table__body">
                {partners.data.map((p) => (
                  <tr key={p.id} className="nhsuk-table__row">
                    <Cell heading="Partner">
                      <Link to={`/patient-safety-partners/${p.id}`}>{p.partner.name}</Link>
                    </Cell>
                    <Cell heading="Supported by">{p.supporter.name}</Cell>
                    <Cell heading="Latest supervision">{p.lastSessionOn ? formatDate(p.lastSessionOn) : 'None yet'}</Cell>
                    <Cell heading="Supervision">
                      <SupervisionTag partner={p} />
                      {p.current && (
                        <>
                          <br />
                          <span className="nhsuk-u-secondary-text-colour">{dueText(p)}</span>
                        </>
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
