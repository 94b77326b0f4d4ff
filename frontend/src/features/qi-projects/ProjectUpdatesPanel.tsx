import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';

/**
 * Home: what waits in the caller's QI projects: the monthly updates overdue, and the way to the projects for a
 * sponsor or team member (who have no home card of their own). Nothing when the caller is in no project.
 */
export function ProjectUpdatesPanel() {
  const { api } = useAuth();
  // Async, so that any failure (even a missing client) only hides the panel instead of breaking the home page.
  const projects = useLoad(async () => call(api.GET('/api/v1/qi-projects')), [api]);
  if (projects.state !== 'ok' || projects.data.length === 0) return null;
  const overdue = projects.data.filter((p) => p.updateOverdue);
  return (
    <section className="nhsuk-card" aria-labelledby="qi-projects-panel">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id="qi-projects-panel">
          Project updates overdue ({overdue.length})
        </h2>
        {overdue.length === 0 ? (
          <p>Every QI project you are part of has sent its monthly update.</p>
        ) : (
          <ul className="nhsuk-list">
            {overdue.map((p) => (
              <li key={p.id}>
                <Link to={`/qi-projects/${p.id}`}>{p.title}</Link> <strong className="nhsuk-tag nhsuk-tag--red">Update overdue</strong>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/qi-projects">Your QI projects ({projects.data.length})</Link>
        </p>
      </div>
    </section>
  );
}
