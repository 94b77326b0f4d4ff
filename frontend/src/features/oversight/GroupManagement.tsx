import { useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { Select, TextInput, Textarea } from '../../shared/components/fields';
import { Cell, TableHead } from '../../shared/components/misc';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { fieldProblem, problemFrom, wordsFor } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';
import { SummaryPreviewPanel } from './SummaryPreviewPanel';
import type { OversightGroup, SummaryPreview } from './types';

type Save = (send: () => Promise<OversightGroup>) => Promise<boolean>;

const FIELD_IDS: Record<string, string> = {
  personId: 'member-person',
  groupRole: 'member-role',
  responseId: 'assign-response',
  summary: 'assign-summary',
  planId: 'assign-plan',
};

/** One save at a time against the group's version; a stale version shows the reload summary. */
export function useGroupSave(onSaved: (group: OversightGroup) => void, onReload: () => void) {
  const s = useSubmit(wordsFor((f) => FIELD_IDS[f] ?? 'member-person', 'You do not have access to change this group.'));
  const save: Save = async (send) => (await s.run(NO_CHECKS, async () => onSaved(await send()))) !== null;
  const summary = <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="group-change-problem" conflict={changedWhileWorking('group', onReload)} />;
  return { save, saving: s.saving, summary, errors: s.fieldErrors, fail: s.show };
}

export type GroupSave = ReturnType<typeof useGroupSave>;

interface Props {
  group: OversightGroup;
  groupSave: GroupSave;
}

/** What the patient safety team changes on a group: members, and the responses and plans it oversees. */
export function GroupManagement({ group, groupSave }: Props) {
  const { api } = useAuth();
  const { save, saving, errors, fail } = groupSave;
  const groupId = group.id;
  const version = group.version;
  const path = { groupId };

  const people = useLoad(() => call(api.GET('/api/v1/people', { params: { query: { size: 100 } } })), [api]);
  const responses = useLoad(() => call(api.GET('/api/v1/responses', { params: { query: { size: 100 } } })), [api]);
  const plans = useLoad(() => call(api.GET('/api/v1/improvement-plans', { params: { query: { status: 'open', size: 100 } } })), [api]);

  const [personId, setPersonId] = useState('');
  const [groupRole, setGroupRole] = useState('');
  const [responseId, setResponseId] = useState('');
  const [summaryText, setSummaryText] = useState('');
  const [planId, setPlanId] = useState('');
  const [preview, setPreview] = useState<{ key: string; data: SummaryPreview } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const summaryKey = `${responseId}\n${summaryText.trim()}`;
  const shownPreview = preview?.key === summaryKey ? preview.data : null;

  /** Asks what partners will see of the summary as it stands; false when it could not be shown. */
  const showPreview = async () => {
    const missing = [];
    if (!responseId) missing.push({ id: 'assign-response', message: 'Select a learning response' });
    if (!summaryText.trim()) missing.push({ id: 'assign-summary', message: 'Enter a summary to preview' });
    if (missing.length) {
      fail(fieldProblem(missing));
      return false;
    }
    setPreviewing(true);
    try {
      const data = await call(
        api.POST('/api/v1/responses/{responseId}/summary-for-oversight/preview', { params: { path: { responseId } }, body: { summary: summaryText.trim() } }),
      );
      setPreview({ key: summaryKey, data });
      return true;
    } catch (err) {
      fail(problemFrom(err, wordsFor(() => 'assign-summary', 'You do not have access to preview this summary.')));
      return false;
    } finally {
      setPreviewing(false);
    }
  };

  const addMember = async (e: FormEvent) => {
    e.preventDefault();
    const missing = [];
    if (!personId) missing.push({ id: 'member-person', message: 'Select a person from the list' });
    if (!groupRole.trim()) missing.push({ id: 'member-role', message: 'Enter their role in the group, for example chair or member' });
    if (missing.length) return fail(fieldProblem(missing));
    const saved = await save(() =>
      call(api.POST('/api/v1/oversight-groups/{groupId}/members', { params: { path }, body: { personId, groupRole: groupRole.trim(), version } })),
    );
    if (saved) {
      setPersonId('');
      setGroupRole('');
    }
  };

  const assignResponse = async (e: FormEvent) => {
    e.preventDefault();
    if (!responseId) return fail(fieldProblem([{ id: 'assign-response', message: 'Select a learning response' }]));
    if (summaryText.length > 4000) return fail(fieldProblem([{ id: 'assign-summary', message: 'The summary must be 4000 characters or fewer' }]));
    // the author sees exactly what partners will see before the summary is saved
    if (summaryText.trim() && !shownPreview) {
      await showPreview();
      return;
    }
    const body = { version, ...(summaryText.trim() ? { summary: summaryText.trim() } : {}) };
    const saved = await save(() =>
      call(api.PUT('/api/v1/oversight-groups/{groupId}/responses/{responseId}', { params: { path: { groupId, responseId } }, body })),
    );
    if (saved) {
      setResponseId('');
      setSummaryText('');
      setPreview(null);
    }
  };

  const assignPlan = async (e: FormEvent) => {
    e.preventDefault();
    if (!planId) return fail(fieldProblem([{ id: 'assign-plan', message: 'Select an improvement plan' }]));
    const saved = await save(() =>
      call(api.PUT('/api/v1/oversight-groups/{groupId}/improvement-plans/{planId}', { params: { path: { groupId, planId } }, body: { version } })),
    );
    if (saved) setPlanId('');
  };

  const members = group.members ?? [];
  const inGroup = new Set(group.responses.map((r) => r.id));
  const plansInGroup = new Set(group.plans.map((p) => p.id));

  return (
    <>
      <h2>Members</h2>
      {members.length === 0 ? (
        <p>No members yet.</p>
      ) : (
        <table className="nhsuk-table-responsive">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Members of the group and their role in it</caption>
          <TableHead headings={['Name', 'Job role', 'Role in the group', 'Action']} />
          <tbody className="nhsuk-table__body">
            {members.map((m) => (
              <tr key={m.personId} className="nhsuk-table__row">
                <Cell heading="Name">{m.name}</Cell>
                <Cell heading="Job role">{m.jobRole ?? 'Not recorded'}</Cell>
                <Cell heading="Role in the group">{m.groupRole}</Cell>
                <Cell heading="Action">
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
                    disabled={saving}
                    onClick={() =>
                      void save(() =>
                        call(api.DELETE('/api/v1/oversight-groups/{groupId}/members/{personId}', { params: { path: { groupId, personId: m.personId }, query: { version } } })),
                      )
                    }
                  >
                    Remove <span className="nhsuk-u-visually-hidden">{m.name}</span>
                  </button>
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form noValidate onSubmit={(e) => void addMember(e)} aria-label="Add a member">
        <h3>Add a member</h3>
        <Select
          id="member-person"
          label="Person"
          hint="From the people directory"
          placeholder="Select a person"
          value={personId}
          onChange={setPersonId}
          error={errors['member-person']}
          options={people.state === 'ok' ? people.data.items.filter((p) => p.active).map((p) => ({ value: p.id, text: p.jobRole ? `${p.name} (${p.jobRole})` : p.name })) : []}
        />
        <TextInput id="member-role" label="Role in the group" hint="For example, chair, member or patient safety partner" value={groupRole} onChange={setGroupRole} error={errors['member-role']} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={saving}>
          Add member
        </button>
      </form>

      <form noValidate onSubmit={(e) => void assignResponse(e)} aria-label="Assign a learning response">
        <h2>Assign a learning response</h2>
        <Select
          id="assign-response"
          label="Learning response"
          placeholder="Select a learning response"
          value={responseId}
          onChange={setResponseId}
          error={errors['assign-response']}
          options={responses.state === 'ok' ? responses.data.items.filter((r) => !inGroup.has(r.id)).map((r) => ({ value: r.id, text: `${r.reference} - ${r.typeDisplay}` })) : []}
        />
        <Textarea
          id="assign-summary"
          label="Summary for oversight (optional)"
          hint="What the group should know. Names, places, NHS numbers, dates, postcodes, phone numbers, email addresses and street addresses are replaced by [withheld]. You will see exactly what partners will see before the response is assigned."
          value={summaryText}
          onChange={setSummaryText}
          maxLength={4000}
          error={errors['assign-summary']}
        />
        {shownPreview && <SummaryPreviewPanel preview={shownPreview} />}
        <div className="nhsuk-button-group">
          <button className="nhsuk-button nhsuk-button--secondary" type="button" disabled={previewing} onClick={() => void showPreview()}>
            Preview what partners will see
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={saving || previewing}>
            Assign response
          </button>
        </div>
      </form>

      <form noValidate onSubmit={(e) => void assignPlan(e)} aria-label="Assign an improvement plan">
        <h2>Assign an improvement plan</h2>
        <Select
          id="assign-plan"
          label="Improvement plan"
          placeholder="Select an improvement plan"
          value={planId}
          onChange={setPlanId}
          error={errors['assign-plan']}
          options={plans.state === 'ok' ? plans.data.items.filter((p) => !plansInGroup.has(p.id)).map((p) => ({ value: p.id, text: `${p.reference} - ${p.title}` })) : []}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={saving}>
          Assign plan
        </button>
      </form>
    </>
  );
}

/** Removes a response or a plan from the group (patient safety team). */
export function removeFromGroup(api: ReturnType<typeof useAuth>['api'], group: OversightGroup, kind: 'response' | 'plan', id: string) {
  const query = { version: group.version };
  return kind === 'response'
    ? call(api.DELETE('/api/v1/oversight-groups/{groupId}/responses/{responseId}', { params: { path: { groupId: group.id, responseId: id }, query } }))
    : call(api.DELETE('/api/v1/oversight-groups/{groupId}/improvement-plans/{planId}', { params: { path: { groupId: group.id, planId: id }, query } }));
}
