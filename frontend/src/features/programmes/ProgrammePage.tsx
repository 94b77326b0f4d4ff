import { useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { saveBlob } from '../../shared/components/download';
import { formatDateTime } from '../../shared/components/format';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatSize } from './materialFile';
import { AttendanceTag, hoursText, sessionWhen, sessionWhere } from './text';
import type { Programme, ProgrammeMaterial } from './types';

/** One programme: its sessions, its materials and, for the challenging poor practice module, its scenario cards. */
export function ProgrammePage({ id }: { id: string }) {
  const { api } = useAuth();
  const programme = useLoad(() => call(api.GET('/api/v1/programmes/{programmeId}', { params: { path: { programmeId: id } } })), [api, id]);
  usePageTitle(programme.state === 'ok' ? programme.data.title : 'Training programme');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/programmes">Training programmes</BackLink>
        {programme.state === 'loading' && <Loading />}
        {programme.state === 'error' && <ApiErrorView error={programme.error} />}
        {programme.state === 'ok' && <ProgrammeDetails programme={programme.data} />}
      </div>
    </div>
  );
}

function ProgrammeDetails({ programme: p }: { programme: Programme }) {
  return (
    <>
      <span className="nhsuk-caption-l">Training programme</span>
      <h1>{p.title}</h1>
      <p>{p.summary}</p>
      <h2>Sessions</h2>
      {p.sessions.length === 0 ? (
        <p>No sessions yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Sessions of {p.title}</caption>
          <TableHead headings={['When', 'Where', 'Facilitator', 'You']} />
          <tbody className="nhsuk-table__body">
            {p.sessions.map((s) => (
              <tr key={s.id} className="nhsuk-table__row">
                <Cell heading="When">
                  <Link to={`/programme-sessions/${s.id}`}>{sessionWhen(s)}</Link>
                  <br />
                  <span className="nhsuk-u-secondary-text-colour">{hoursText(s.hours)}</span>
                </Cell>
                <Cell heading="Where">{sessionWhere(s)}</Cell>
                <Cell heading="Facilitator">{s.facilitator}</Cell>
                <Cell heading="You">{s.yourAttendance ? <AttendanceTag status={s.yourAttendance} /> : 'Not booked'}</Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.mayKeep && (
        <Link className="nhsuk-button nhsuk-button--secondary" to={`/programmes/${p.id}/sessions/new`}>
          Add a session
        </Link>
      )}
      <Materials programme={p} />
      {p.scenarioCards && p.scenarioCards.length > 0 && (
        <>
          <h2>Scenario cards</h2>
          <p>Use the cards to practise challenging poor practice, and noticing good practice, in a safe setting.</p>
          {p.scenarioCards.map((card) => (
            <div className="nhsuk-card" key={card.number}>
              <div className="nhsuk-card__content">
                <h3 className="nhsuk-card__heading">
                  Card {card.number}: {card.title}
                </h3>
                <p className="nhsuk-card__description">{card.situation}</p>
                <ul>
                  {card.questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </div>
            </div>
          ))}
        </>
      )}
    </>
  );
}

function Materials({ programme: p }: { programme: Programme }) {
  const { api } = useAuth();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (e: MouseEvent, m: ProgrammeMaterial) => {
    e.preventDefault();
    setProblem(null);
    try {
      const blob = await call(
        api.GET('/api/v1/programmes/{programmeId}/materials/{materialId}/content', {
          params: { path: { programmeId: p.id, materialId: m.id } },
          parseAs: 'blob',
        }),
      );
      saveBlob(blob, m.fileName ?? 'material');
    } catch {
      setProblem(`"${m.title}" could not be downloaded. Try again later.`);
    }
  };
  return (
    <>
      <h2>Materials</h2>
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {p.materials.length === 0 ? (
        <p>No materials yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {p.materials.map((m) => (
            <li key={m.id}>
              {m.link ? (
                <a href={m.link} rel="noopener noreferrer" target="_blank">
                  {m.title} (opens in a new tab)
                </a>
              ) : (
                <a href={`/api/v1/programmes/${p.id}/materials/${m.id}/content`} onClick={(e) => void download(e, m)}>
                  Download {m.title}
                  {m.sizeBytes !== undefined && ` (${formatSize(m.sizeBytes)})`}
                </a>
              )}
              <br />
              <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">
                Added {formatDateTime(m.addedAt)}
                {m.addedBy ? ` by ${m.addedBy}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {p.mayKeep && (
        <Link className="nhsuk-button nhsuk-button--secondary" to={`/programmes/${p.id}/materials/new`}>
          Add a material
        </Link>
      )}
    </>
  );
}
