import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { inPatientSafetyTeam, mayCall } from '../../shared/auth/roles';
import { formatDate } from '../../shared/components/format';
import { BackLink, Cell, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { Figures } from './Figures';
import { GroupManagement, removeFromGroup, useGroupSave } from './GroupManagement';
import { DUE_STATUS_TEXT, RESPONSE_STATUS_TEXT, formatMonth, scopeText } from './text';
import type { OversightGroup } from './types';

/** A group: its figures and its de-identified work for everyone who may see it; members and assignments for the patient safety team. */
export function OversightGroupPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const loaded = useLoad(() => call(api.GET('/api/v1/oversight-groups/{groupId}', { params: { path: { groupId: id } } })), [api, id]);
  const [group, setGroup] = useState<OversightGroup | null>(null);
  useEffect(() => setGroup(loaded.state === 'ok' ? loaded.data : null), [loaded.state, loaded.data]);
  const groupSave = useGroupSave(setGroup, loaded.reload);
  const manages = mayCall(me?.roles, 'updateOversightGroup');
  const all = inPatientSafetyTeam(me?.roles);
  usePageTitle(group?.name ?? 'Oversight group', false);

  if (loaded.state === 'loading' || (loaded.state === 'ok' && !group)) return <Loading />;
  if (loaded.state === 'error') return <ApiErrorView error={loaded.error} />;
  if (!group) return null;
  const remove = (kind: 'response' | 'plan', itemId: string) => void groupSave.save(() => removeFromGroup(api, group, kind, itemId));

  return (
    <>
      <BackLink to="/oversight-groups">{all ? 'Oversight groups' : 'My oversight groups'}</BackLink>
      {groupSave.summary}
      <span className="nhsuk-caption-l">Oversight group</span>
      <h1>{group.name}</h1>
      {group.purpose && <p>{group.purpose}</p>}
      {!all && <p className="nhsuk-body-s">{group.memberCount} {group.memberCount === 1 ? 'member' : 'members'}</p>}
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>Learning responses and plans are shown de-identified: patients by case label, staff by job role, and no free text except the redacted summary for oversight.</p>
      </div>

      <h2>Figures</h2>
      <Figures figures={group.figures} />

      <h2>Learning responses</h2>
      {group.responses.length === 0 ? (
        <p>No learning responses are assigned to this group yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Learning responses overseen by the group</caption>
          <TableHead headings={['Reference', 'Type', 'Status', 'Event month', 'Target', ...(manages ? ['Action'] : [])]} />
          <tbody className="nhsuk-table__body">
            {group.responses.map((r) => (
              <tr key={r.id} className="nhsuk-table__row">
                <Cell heading="Reference">
                  <Link to={`/oversight-groups/${group.id}/responses/${r.id}`}>{r.reference}</Link>
                </Cell>
                <Cell heading="Type">{r.typeDisplay}</Cell>
                <Cell heading="Status">{RESPONSE_STATUS_TEXT[r.status] ?? r.status}</Cell>
                <Cell heading="Event month">{formatMonth(r.eventMonth) || 'Not known'}</Cell>
                <Cell heading="Target">
                  {r.targetCompletionOn ? `${formatDate(r.targetCompletionOn)}${r.dueStatus ? ` (${DUE_STATUS_TEXT[r.dueStatus] ?? r.dueStatus})` : ''}` : 'Not started'}
                </Cell>
                {manages && (
                  <Cell heading="Action">
                    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" disabled={groupSave.saving} onClick={() => remove('response', r.id)}>
                      Remove <span className="nhsuk-u-visually-hidden">{r.reference} from the group</span>
                    </button>
                  </Cell>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Improvement plans</h2>
      {group.plans.length === 0 ? (
        <p>No improvement plans are assigned to this group yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Safety improvement plans overseen by the group</caption>
          <TableHead headings={['Reference', 'Title', 'Scope', 'Review date', 'Progress', ...(manages ? ['Action'] : [])]} />
          <tbody className="nhsuk-table__body">
            {group.plans.map((p) => (
              <tr key={p.id} className="nhsuk-table__row">
                <Cell heading="Reference">
                  <Link to={`/oversight-groups/${group.id}/improvement-plans/${p.id}`}>{p.reference}</Link>
                </Cell>
                <Cell heading="Title">{p.title}</Cell>
                <Cell heading="Scope">{scopeText(p.scope, p.scopeDetail)}</Cell>
                <Cell heading="Review date">{formatDate(p.reviewOn)}</Cell>
                <Cell heading="Progress">
                  {p.progress.completed} of {p.progress.actions} actions completed, {p.progress.overdue} overdue
                </Cell>
                {manages && (
                  <Cell heading="Action">
                    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" disabled={groupSave.saving} onClick={() => remove('plan', p.id)}>
                      Remove <span className="nhsuk-u-visually-hidden">{p.reference} from the group</span>
                    </button>
                  </Cell>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {manages ? (
        <GroupManagement group={group} groupSave={groupSave} />
      ) : (
        group.members && (
          <>
            <h2>Members</h2>
            <ul className="nhsuk-list">
              {group.members.map((m) => (
                <li key={m.personId}>
                  {m.name}, {m.groupRole}
                </li>
              ))}
            </ul>
          </>
        )
      )}
    </>
  );
}
