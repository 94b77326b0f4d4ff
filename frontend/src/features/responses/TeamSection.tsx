import { useEffect, useState } from 'react';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { Fieldset, Select, TextInput, toErrorMap, type FieldMessage, type Option } from '../../shared/components/fields';
import { SummaryList } from '../../shared/components/misc';
import type { LearningResponse, ResponseCandidate } from './types';
import { useResponseAction } from './useResponseAction';
import { changedSinceOpened, ErrorSummary } from '../../shared/components/error-summary';

const MAX_MEMBERS = 30;

interface MemberRow {
  personId: string;
  teamRole: string;
}

export const TEAM_FIELD = {
  lead: 'lead-person',
  engagementLead: 'engagement-lead-person',
  member: (i: number) => `team-member-${i}`,
  memberRole: (i: number) => `team-member-${i}-role`,
};

/** `members[1].personId` → the control of that row; the others by name. */
export function teamControlFor(field: string): string | undefined {
  if (field === 'leadPersonId') return TEAM_FIELD.lead;
  if (field === 'engagementLeadPersonId') return TEAM_FIELD.engagementLead;
  const m = /^members\[(\d+)\]\.(personId|teamRole)$/.exec(field);
  if (m) return m[2] === 'personId' ? TEAM_FIELD.member(Number(m[1])) : TEAM_FIELD.memberRole(Number(m[1]));
  return undefined;
}

/** "Lead and team": who leads, who leads engagement, and who else works on the response, with their parts. */
export function TeamSummary({ response: r }: { response: LearningResponse }) {
  const person = (p?: { name: string; jobRole?: string }) => (p ? (p.jobRole ? `${p.name}, ${p.jobRole}` : p.name) : 'Not assigned yet');
  const members = r.team?.members ?? [];
  return (
    <SummaryList
      rows={[
        { key: 'Lead', value: person(r.team?.lead) },
        { key: 'Engagement lead', value: person(r.team?.engagementLead) },
        {
          key: 'Team members',
          value: members.length ? (
            <ul className="nhsuk-list">
              {members.map((m) => (
                <li key={m.personId}>
                  {m.name}
                  {m.jobRole ? `, ${m.jobRole}` : ''}
                  {m.teamRole ? ` – ${m.teamRole}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            'None yet'
          ),
        },
      ]}
    />
  );
}

function options(candidates: ResponseCandidate[] | undefined, qualifiedOnly: boolean): Option[] {
  return (candidates ?? [])
    .filter((c) => !qualifiedOnly || c.qualified)
    .map((c) => ({ value: c.personId, text: c.jobRole ? `${c.name} (${c.jobRole})` : c.name }));
}

/** The patient safety specialist's form: selects of the people qualified for each part (policy §4). */
export function TeamForm({ response, onSaved }: { response: LearningResponse; onSaved: (r: LearningResponse) => void }) {
  const { api } = useAuth();
  const load = (role: 'lead' | 'engagement-lead' | 'team') =>
    call(api.GET('/api/v1/responses/{responseId}/candidates', { params: { path: { responseId: response.id }, query: { role } } }));
  const leads = useLoad(() => load('lead'), [api, response.id]);
  const engagementLeads = useLoad(() => load('engagement-lead'), [api, response.id]);
  const everyone = useLoad(() => load('team'), [api, response.id]);
  const [lead, setLead] = useState('');
  const [engagementLead, setEngagementLead] = useState('');
  const [members, setMembers] = useState<MemberRow[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setLead(response.team?.lead?.personId ?? '');
    setEngagementLead(response.team?.engagementLead?.personId ?? '');
    setMembers((response.team?.members ?? []).map((m) => ({ personId: m.personId, teamRole: m.teamRole ?? '' })));
  }, [response.id, response.version]);
  const action = useResponseAction('You do not have access to assign the team.', teamControlFor, (r) => {
    setSaved(true);
    onSaved(r);
  });
  const errors = toErrorMap(action.errors);
  const setMember = (i: number, change: Partial<MemberRow>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...change } : m)));

  const check = (): FieldMessage[] => {
    const errs: FieldMessage[] = [];
    members.forEach((m, i) => {
      if (!m.personId) errs.push({ id: TEAM_FIELD.member(i), message: `Select team member ${i + 1}, or remove the row` });
      if (m.teamRole.length > 200) errs.push({ id: TEAM_FIELD.memberRole(i), message: 'The role in the team must be 200 characters or fewer' });
    });
    return errs;
  };
  const send = () =>
    call(
      api.PUT('/api/v1/responses/{responseId}/team', {
        params: { path: { responseId: response.id } },
        body: {
          version: response.version,
          leadPersonId: lead || undefined,
          engagementLeadPersonId: engagementLead || undefined,
          members: members.map((m) => ({ personId: m.personId, teamRole: m.teamRole.trim() || undefined })),
        },
      }),
    );

  return (
    <form noValidate onSubmit={(e) => { setSaved(false); void action.run(e, check, send); }}>
      <ErrorSummary problem={action.problem} focusKey={action.submits} titleId="team-error-summary" refusedTitle="The team has not been saved" conflict={changedSinceOpened('This learning response changed after you opened it')} />
      {saved && <p role="status">Team saved.</p>}
      <h3>Assign the lead and team</h3>
      <Select
        id={TEAM_FIELD.lead}
        label="Lead"
        hint="Only people with level 1 and 2 patient safety training and 2 days of training in learning from incidents are listed."
        placeholder="No lead yet"
        value={lead}
        onChange={setLead}
        options={options(leads.data?.items, true)}
        error={errors[TEAM_FIELD.lead]}
      />
      <Select
        id={TEAM_FIELD.engagementLead}
        label="Engagement lead"
        hint="Only people with 6 hours of training in involving those affected are listed."
        placeholder="No engagement lead yet"
        value={engagementLead}
        onChange={setEngagementLead}
        options={options(engagementLeads.data?.items, true)}
        error={errors[TEAM_FIELD.engagementLead]}
      />
      {members.map((m, i) => (
        <Fieldset key={i} legend={`Team member ${i + 1}`} size="s">
          <Select
            id={TEAM_FIELD.member(i)}
            label="Person"
            placeholder="Select a person"
            value={m.personId}
            onChange={(v) => setMember(i, { personId: v })}
            options={options(everyone.data?.items, false)}
            error={errors[TEAM_FIELD.member(i)]}
          />
          <TextInput
            id={TEAM_FIELD.memberRole(i)}
            label="Role in the team (optional)"
            hint="For example, clinical reviewer."
            value={m.teamRole}
            onChange={(v) => setMember(i, { teamRole: v })}
            error={errors[TEAM_FIELD.memberRole(i)]}
          />
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => setMembers(members.filter((_, j) => j !== i))}>
            Remove <span className="nhsuk-u-visually-hidden">{`team member ${i + 1}`}</span>
          </button>
        </Fieldset>
      ))}
      {members.length < MAX_MEMBERS && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setMembers([...members, { personId: '', teamRole: '' }])}>
          {members.length === 0 ? 'Add a team member' : 'Add another team member'}
        </button>
      )}
      <div>
        <button className="nhsuk-button" type="submit" disabled={action.saving} aria-disabled={action.saving}>
          Save the team
        </button>
      </div>
    </form>
  );
}
