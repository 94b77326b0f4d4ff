import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { BackLink, MultilineText, SummaryList } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { DriverDiagram } from './DriverDiagram';
import { DIRECTION_TEXT, LINK_KIND_TEXT, MEASURE_KIND_TEXT, UpdateTag, updateDueText } from './text';
import type { QiProject } from './types';

/** One QI project: aim, driver diagram, measures, PDSA cycles and the monthly updates to the sponsor. */
export function ProjectPage({ id }: { id: string }) {
  const { api } = useAuth();
  const project = useLoad(() => call(api.GET('/api/v1/qi-projects/{projectId}', { params: { path: { projectId: id } } })), [api, id]);
  usePageTitle(project.state === 'ok' ? project.data.title : 'QI project');
  return (
    <>
      <BackLink to="/qi-projects">QI projects</BackLink>
      {project.state === 'loading' && <Loading />}
      {project.state === 'error' && <ApiErrorView error={project.error} />}
      {project.state === 'ok' && <Project project={project.data} />}
    </>
  );
}

function Project({ project: p }: { project: QiProject }) {
  return (
    <>
      <h1>{p.title}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: <UpdateTag project={p} /> },
          { key: 'Started', value: formatDate(p.startedOn) },
          { key: 'Sponsor', value: p.sponsor.name },
          { key: 'Coaches', value: p.coaches.map((c) => c.name).join(', ') || 'None' },
          { key: 'Team', value: p.team.map((t) => t.name).join(', ') || 'None yet' },
          { key: 'Monthly update', value: updateDueText(p) },
        ]}
      />
      <h2>Aim</h2>
      <MultilineText text={p.aim} />
      <h2>Driver diagram</h2>
      <DriverDiagram drivers={p.drivers} />
      {p.links.length > 0 && (
        <>
          <h2>Safety work this project delivers</h2>
          <ul className="nhsuk-list">
            {p.links.map((l) => (
              <li key={l.id}>
                {LINK_KIND_TEXT[l.kind]} {l.reference}: <strong className="nhsuk-tag nhsuk-tag--grey">{l.status}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Measures</h2>
      {p.measures.length === 0 ? (
        <p>No measures yet.</p>
      ) : (
        <ul className="nhsuk-list">
          {p.measures.map((m) => (
            <li key={m.id}>
              <Link to={`/qi-projects/${p.id}/measures/${m.id}`}>{m.name}</Link>{' '}
              <span className="nhsuk-u-secondary-text-colour">
                {MEASURE_KIND_TEXT[m.kind]} measure, {m.unit}, {DIRECTION_TEXT[m.direction].toLowerCase()}; {m.pointCount} {m.pointCount === 1 ? 'value' : 'values'}
              </span>
              {m.signal && <strong className="nhsuk-tag nhsuk-tag--orange nhsuk-u-margin-left-2">Signal</strong>}
            </li>
          ))}
        </ul>
      )}
      {p.canRecordWork && (
        <p>
          <Link to={`/qi-projects/${p.id}/measures/new`}>Add a measure</Link>
        </p>
      )}
      <h2>PDSA cycles</h2>
      {p.pdsaCycles.length === 0 && <p>No PDSA cycles yet.</p>}
      {p.pdsaCycles.map((c) => (
        <div className="nhsuk-card" key={c.id}>
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading">{c.title}</h3>
            <SummaryList
              noBorder
              rows={[
                { key: 'Dates', value: c.endedOn ? `${formatDate(c.startedOn)} to ${formatDate(c.endedOn)}` : `From ${formatDate(c.startedOn)}` },
                { key: 'Plan', value: <MultilineText text={c.plan} /> },
                { key: 'Do', value: <MultilineText text={c.do ?? 'Not recorded yet'} /> },
                { key: 'Study', value: <MultilineText text={c.study ?? 'Not recorded yet'} /> },
                { key: 'Act', value: <MultilineText text={c.act ?? 'Not recorded yet'} /> },
                { key: 'What was learnt', value: <MultilineText text={c.learnt ?? 'Not recorded yet'} /> },
              ]}
            />
          </div>
        </div>
      ))}
      {p.canRecordWork && (
        <p>
          <Link to={`/qi-projects/${p.id}/pdsa-cycles/new`}>Record a PDSA cycle</Link>
        </p>
      )}
      <h2>Monthly updates to the sponsor</h2>
      <p>
        <UpdateTag project={p} /> {updateDueText(p)}
      </p>
      {p.canPostUpdate && (
        <Link className="nhsuk-button nhsuk-button--secondary" to={`/qi-projects/${p.id}/updates/new`}>
          Post the monthly update
        </Link>
      )}
      {p.updates.length === 0 && <p>No updates yet.</p>}
      {p.updates.map((u) => (
        <div className="nhsuk-card" key={u.id}>
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading">Update of {formatDate(u.postedOn)}</h3>
            <SummaryList
              noBorder
              rows={[
                { key: 'Progress', value: <MultilineText text={u.progress} /> },
                { key: 'Next steps', value: <MultilineText text={u.nextSteps ?? 'None given'} /> },
                { key: 'Help needed', value: <MultilineText text={u.helpNeeded ?? 'None'} /> },
                { key: 'Posted by', value: `${u.postedBy ?? 'Unknown'}, ${formatDateTime(u.postedAt)}` },
              ]}
            />
          </div>
        </div>
      ))}
    </>
  );
}
