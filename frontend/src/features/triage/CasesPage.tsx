import { Link, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, Cell, Pagination, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';

const PAGE_SIZE = 20;

function pageParam(v: string | null): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 && n <= 100000 ? n : 0;
}

/** The cases (events reviewed together), newest first, a page at a time. */
export function CasesPage() {
  const { api } = useAuth();
  const [params] = useSearchParams();
  const page = pageParam(params.get('page'));
  usePageTitle('Cases');
  const cases = useLoad(() => call(api.GET('/api/v1/cases', { params: { query: { page, size: PAGE_SIZE } } })), [api, page]);

  if (cases.state === 'error') return <ApiErrorView error={cases.error} />;
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Cases</h1>
      <p>
        A case groups events the panel reviews together, for a multi-incident review or a theme. Group events from the{' '}
        <Link to="/triage">Triage queue</Link>.
      </p>
      {cases.state === 'loading' && <Loading />}
      {cases.state === 'ok' && (
        <>
          <p role="status">
            {cases.data.totalItems === 0
              ? 'There are no cases yet.'
              : `${cases.data.totalItems} case${cases.data.totalItems === 1 ? '' : 's'}, newest first. Page ${page + 1} of ${Math.max(1, cases.data.totalPages)}.`}
          </p>
          {cases.data.items.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Cases and whether they are decided</caption>
              <TableHead headings={['Reference', 'Title', 'Events', 'Created', 'Decision']} />
              <tbody className="nhsuk-table__body">
                {cases.data.items.map((c) => (
                  <tr key={c.id} className="nhsuk-table__row">
                    <Cell heading="Reference">
                      <Link to={`/cases/${c.id}`}>{c.reference}</Link>
                    </Cell>
                    <Cell heading="Title">
                      {c.title}
                    </Cell>
                    <Cell heading="Events">
                      {c.eventCount}
                    </Cell>
                    <Cell heading="Created">
                      {formatDateTime(c.createdAt)}
                    </Cell>
                    <Cell heading="Decision">
                      {c.decided ? 'Decided' : 'Not decided yet'}
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} totalPages={cases.data.totalPages} hrefFor={(p) => `/cases${p > 0 ? `?page=${p}` : ''}`} />
        </>
      )}
    </>
  );
}
