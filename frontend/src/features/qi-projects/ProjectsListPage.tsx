import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { UpdateTag, updateDueText } from './text';

/** The caller's QI projects (every project for the improvement advisor), open ones first. */
export function ProjectsListPage() {
  const { api, me } = useAuth();
  usePageTitle('QI projects');
  const projects = useLoad(() => call(api.GET('/api/v1/qi-projects')), [api]);
  const overdue = projects.state === 'ok' ? projects.data.filter((p) => p.updateOverdue).length : 0;
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>QI projects</h1>
      <p>Each project sends its sponsor a progress update every month from its start.</p>
      {mayCall(me?.roles, 'startQiProject') && (
        <Link className="nhsuk-button nhsuk-button--secondary" to="/qi-projects/new">
          Start a QI project
        </Link>
      )}
      {projects.state === 'loading' && <Loading />}
      {projects.state === 'error' && <ApiErrorView error={projects.error} />}
      {projects.state === 'ok' && (
        <>
          <p role="status">
            {projects.data.length === 0
              ? 'You are not part of any QI project at the moment.'
              : `${projects.data.length} ${projects.data.length === 1 ? 'project' : 'projects'}; ${overdue} with the monthly update overdue.`}
          </p>
          {projects.data.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">QI projects, their sponsor, coaches and monthly update</caption>
              <TableHead headings={['Project', 'Sponsor', 'Coaches', 'Monthly update']} />
              <tbody className="nhsuk-table__body">
                {projects.data.map((p) => (
                  <tr key={p.id} className="nhsuk-table__row">
                    <Cell heading="Project">
                      <Link to={`/qi-projects/${p.id}`}>{p.title}</Link>
                    </Cell>
                    <Cell heading="Sponsor">{p.sponsor.name}</Cell>
                    <Cell heading="Coaches">{p.coaches.map((c) => c.name).join(', ') || 'None yet'}</Cell>
                    <Cell heading="Monthly update">
                      <UpdateTag project={p} />
                      <br />
                      <span className="nhsuk-u-secondary-text-colour">{updateDueText(p)}</span>
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
