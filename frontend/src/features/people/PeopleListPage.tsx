import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { TextInput } from '../../shared/components/fields';
import { pageFrom } from '../../shared/components/listParams';
import { BackLink, Cell, Pagination, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { QualificationTags } from './text';

const PAGE_SIZE = 20;

function listHref(search: string, page = 0): string {
  const params = new URLSearchParams();
  if (search) params.set('search', search);
  if (page > 0) params.set('page', String(page));
  const query = params.toString();
  return `/people${query ? `?${query}` : ''}`;
}

/** The people directory: search by name, with what each person is qualified for. */
export function PeopleListPage() {
  const { api, me } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const search = params.get('search') ?? '';
  const page = pageFrom(params);
  const [text, setText] = useState(search);
  usePageTitle('People and training');
  const people = useLoad(
    () => call(api.GET('/api/v1/people', { params: { query: { search: search || undefined, page, size: PAGE_SIZE } } })),
    [api, search, page],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(listHref(text.trim()));
  };

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>People and training</h1>
      <p>The people who lead, join and oversee learning responses, and the training policy §4 asks of them.</p>
      <p>
        <Link to="/training/compliance">Training compliance</Link>
      </p>
      {mayCall(me?.roles, 'createPerson') && (
        <Link className="nhsuk-button nhsuk-button--secondary" to="/people/new">
          Add a person
        </Link>
      )}
      <form role="search" aria-label="People" noValidate onSubmit={submit}>
        <TextInput id="people-search" label="Search by name or e-mail" type="search" width={30} value={text} onChange={setText} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Search
        </button>
      </form>
      {people.state === 'loading' && <Loading />}
      {people.state === 'error' && <ApiErrorView error={people.error} />}
      {people.state === 'ok' && (
        <>
          <p role="status">
            {people.data.totalItems === 0
              ? 'No people match.'
              : `${people.data.totalItems} ${people.data.totalItems === 1 ? 'person' : 'people'}, by name. Page ${page + 1} of ${Math.max(1, people.data.totalPages)}.`}
          </p>
          {people.data.items.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">People, their job role and what they are qualified for</caption>
              <TableHead headings={['Name', 'Job role', 'Qualified for', 'Status']} />
              <tbody className="nhsuk-table__body">
                {people.data.items.map((p) => (
                  <tr key={p.id} className="nhsuk-table__row">
                    <Cell heading="Name">
                      <Link to={`/people/${p.id}`}>{p.name}</Link>
                    </Cell>
                    <Cell heading="Job role">{p.jobRole ?? 'Not recorded'}</Cell>
                    <Cell heading="Qualified for">
                      <QualificationTags qualifications={p.qualifications} />
                    </Cell>
                    <Cell heading="Status">{p.active ? 'Active' : 'Inactive'}</Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} totalPages={people.data.totalPages} hrefFor={(p) => listHref(search, p)} />
        </>
      )}
    </>
  );
}
