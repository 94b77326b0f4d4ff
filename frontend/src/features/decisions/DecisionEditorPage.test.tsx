import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import { authState, renderAt } from '../../test/helpers';
import { EditDecisionPage, NewDecisionPage } from './DecisionEditorPage';
import type { DecisionInput, ResponseProposal } from './types';
import { CASE_ID, CHAIR_ID, DECISION, DECISION_ID, DOCUMENTS, EVENT, EVENT_ID, MEMBER_ID, NO_PROPOSAL, OTHER_EVENT_ID, PEOPLE_PAGE, PROPOSAL, document as doc, ok, problem } from './testDecisions';

type Call = [string, { params?: { path?: Record<string, string>; query?: Record<string, string> } }];

function api(proposal: ResponseProposal = PROPOSAL, write = vi.fn()) {
  const get = vi.fn(async (...[path, init]: Call) => {
    if (path === '/api/v1/decisions/proposal') return ok(proposal);
    if (path === '/api/v1/events/{eventId}') return ok(EVENT);
    if (path === '/api/v1/events/{eventId}/documents') return ok(init.params?.path?.eventId === EVENT_ID ? DOCUMENTS : [doc('doc-3', 'Account of the GP')]);
    if (path === '/api/v1/cases/{caseId}') {
      return ok({
        id: CASE_ID, reference: 'CASE-2026-0007', version: 0, title: 'Heel ulcers', decided: false, createdBy: 'Pat', createdAt: '2026-11-21T10:00:00Z',
        events: [{ ...EVENT }, { ...EVENT, id: OTHER_EVENT_ID, reference: 'PSE-2026-000124' }],
      });
    }
    if (path === '/api/v1/decisions/{decisionId}') return ok(DECISION);
    if (path === '/api/v1/people') return ok(PEOPLE_PAGE);
    throw new Error(`unexpected GET ${path}`);
  });
  return { get, client: { GET: get, POST: write, PUT: write } as unknown as ApiClient };
}

function renderNew(search: string, client: ApiClient) {
  renderAt(
    `/decisions/new${search}`,
    [
      { path: '/decisions/new', element: <NewDecisionPage /> },
      { path: '/decisions/:id', element: <p>Decision page</p> },
    ],
    authState({ roles: ['patient-safety-specialist', 'staff'], api: client }),
  );
}

/** Types by pasting: as the user would see it, without a key event per character (keeps the tests quick). */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

/** Panel members are chosen from the people directory, shown with their job role. */
async function fillPanel() {
  await userEvent.selectOptions(await screen.findByLabelText('Name'), 'Dr A Senior (Deputy Chief Nurse)');
  await userEvent.click(screen.getByRole('button', { name: 'Add another member' }));
  const second = screen.getByRole('group', { name: 'Panel member 2' });
  await userEvent.selectOptions(within(second).getByLabelText('Name'), 'B Viability (Tissue viability lead)');
  await userEvent.click(within(screen.getByRole('group', { name: /Who chaired the panel/ })).getByLabelText('Dr A Senior'));
}

describe('recording a panel decision', () => {
  it('shows the proposal at the top and each document of the event to tick', async () => {
    renderNew(`?eventId=${EVENT_ID}`, api().client);
    expect(await screen.findByText('The plan proposes: Multi-incident review (MDT)')).toBeTruthy();
    expect(screen.getByText(PROPOSAL.explanation)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PSE-2026-000123' }).getAttribute('href')).toBe(`/triage/${EVENT_ID}`);
    expect((screen.getByLabelText('The incident report was reviewed') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Chronology of care')).toBeTruthy();
    expect(screen.getByLabelText('Account of the district nurse')).toBeTruthy();
  });

  it('offers only the active people of the directory as panel members', async () => {
    renderNew(`?eventId=${EVENT_ID}`, api().client);
    const options = within(await screen.findByLabelText('Name')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Select a person', 'Dr A Senior (Deputy Chief Nurse)', 'B Viability (Tissue viability lead)']);
  });

  it('says that death or severe harm needs a PSII unless another organisation leads it', async () => {
    renderNew(`?eventId=${EVENT_ID}`, api({ ...PROPOSAL, responseType: 'psii', reason: 'death-or-severe-harm' }).client);
    expect(await screen.findByText(/warrants a PSII at minimum/)).toBeTruthy();
    expect(screen.getByLabelText('Organisation leading the investigation (optional)')).toBeTruthy();
  });

  it('says so when no response is proposed', async () => {
    renderNew(`?eventId=${EVENT_ID}`, api(NO_PROPOSAL).client);
    expect(await screen.findByText('No response is proposed')).toBeTruthy();
  });

  it('an incomplete form shows the error summary and inline errors, and sends nothing', async () => {
    const write = vi.fn();
    renderNew(`?eventId=${EVENT_ID}`, api(PROPOSAL, write).client);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Select panel member 1 from the people directory' }).getAttribute('href')).toBe('#decision-member-0-person');
    expect(screen.getByRole('link', { name: 'Select the chair of the panel' }).getAttribute('href')).toBe('#decision-chair');
    expect(screen.getAllByText('Enter the minutes of the panel meeting')).toHaveLength(2);
    expect(write).not.toHaveBeenCalled();
  });

  it('asks why when the panel departs from the proposal, checks the answers, then records the decision', async () => {
    const write = vi.fn(async () => ok({ ...DECISION, id: 'new-decision' }, 201));
    renderNew(`?eventId=${EVENT_ID}`, api(PROPOSAL, write).client);
    await fillPanel();
    await userEvent.click(screen.getByLabelText('Chronology of care'));
    expect(screen.queryByLabelText('Why is the panel departing from the proposal?')).toBeNull();
    await userEvent.click(screen.getByLabelText('After action review (AAR)'));
    await fill(screen.getByLabelText('Why is the panel departing from the proposal?'), 'The team asked to learn together.');
    await fill(screen.getByLabelText('Rationale'), 'Clear learning for one team.');
    await fill(screen.getByLabelText('Minutes'), 'Panel met on 23 November.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { name: 'Check the decision before recording it' })).toBeTruthy();
    expect(screen.getByText('Dr A Senior – Deputy Chief Nurse')).toBeTruthy();
    expect(screen.getByText('The team asked to learn together.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change the rationale' }).getAttribute('href')).toBe(`/decisions/new?eventId=${EVENT_ID}#decision-rationale`);
    expect(write).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
    expect(write).toHaveBeenCalledWith('/api/v1/decisions', {
      body: {
        eventId: EVENT_ID,
        panelMembers: [
          { personId: CHAIR_ID, chair: true },
          { personId: MEMBER_ID, chair: false },
        ],
        reportReviewed: true,
        documentIds: ['doc-1'],
        responseType: 'after-action-review',
        rationale: 'Clear learning for one team.',
        departureRationale: 'The team asked to learn together.',
        minutes: 'Panel met on 23 November.',
      } satisfies DecisionInput,
    });
    expect(await screen.findByText('Decision page')).toBeTruthy();
  });

  it('a Change link goes back to the form with the answers kept', async () => {
    renderNew(`?eventId=${EVENT_ID}`, api().client);
    await fillPanel();
    await userEvent.click(screen.getByLabelText('Multi-incident review (MDT)'));
    await fill(screen.getByLabelText('Rationale'), 'Third ulcer.');
    await fill(screen.getByLabelText('Minutes'), 'Met.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Change the rationale' }));
    const rationale = (await screen.findByLabelText('Rationale')) as HTMLTextAreaElement;
    expect(rationale.value).toBe('Third ulcer.');
    expect(document.activeElement).toBe(rationale);
  });

  it('a refusal from the API comes back on the form, naming the field', async () => {
    const write = vi.fn(async () => problem(400, 'validation-failed', [{ field: 'panelMembers', code: 'one-chair-required', message: 'Mark exactly one member of the panel as the chair' }]));
    renderNew(`?eventId=${EVENT_ID}`, api(PROPOSAL, write).client);
    await fillPanel();
    await userEvent.click(screen.getByLabelText('Multi-incident review (MDT)'));
    await fill(screen.getByLabelText('Rationale'), 'Third ulcer.');
    await fill(screen.getByLabelText('Minutes'), 'Met.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByRole('button', { name: 'Continue' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Mark exactly one member of the panel as the chair' });
    expect(link.getAttribute('href')).toBe('#decision-chair');
    expect(screen.getAllByText('Mark exactly one member of the panel as the chair')).toHaveLength(2);
  });

  it('a refusal about the event itself stays on the check page', async () => {
    const write = vi.fn(async () => problem(400, 'validation-failed', [{ field: 'eventId', code: 'already-decided', message: 'This event already has a decision' }]));
    renderNew(`?eventId=${EVENT_ID}`, api(PROPOSAL, write).client);
    await fillPanel();
    await userEvent.click(screen.getByLabelText('Multi-incident review (MDT)'));
    await fill(screen.getByLabelText('Rationale'), 'Third ulcer.');
    await fill(screen.getByLabelText('Minutes'), 'Met.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByText('The decision has not been recorded')).toBeTruthy();
    expect(screen.getByText('This event already has a decision')).toBeTruthy();
  });

  it('for a case, offers the documents of every event of the case, and sends the case', async () => {
    const { get } = api();
    const write = vi.fn(async () => ok({ ...DECISION, id: 'new-decision' }, 201));
    renderNew(`?caseId=${CASE_ID}`, { GET: get, POST: write } as unknown as ApiClient);
    expect(await screen.findByText('Heel ulcers', { exact: false })).toBeTruthy();
    expect(screen.getByLabelText('Account of the GP')).toBeTruthy();
    expect(screen.getAllByText('Chronology – PSE-2026-000123')).toHaveLength(2);
    expect(screen.getByText('Chronology – PSE-2026-000124')).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/api/v1/decisions/proposal', { params: { query: { caseId: CASE_ID } } });
  });
});

describe('an event grouped in a case', () => {
  it('is decided with its case, so the page sends the user there', async () => {
    const { client, get } = api();
    get.mockImplementation(async (...[path]: Call) => {
      if (path === '/api/v1/events/{eventId}') return ok({ ...EVENT, case: { id: CASE_ID, reference: 'CASE-2026-0007', title: 'Heel ulcers' } });
      if (path === '/api/v1/decisions/proposal') return ok(PROPOSAL);
      if (path === '/api/v1/people') return ok(PEOPLE_PAGE);
      return ok(DOCUMENTS);
    });
    renderNew(`?eventId=${EVENT_ID}`, client);
    expect(await screen.findByRole('heading', { name: 'This event is part of a case' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Record the panel decision for the case' }).getAttribute('href')).toBe(`/decisions/new?caseId=${CASE_ID}`);
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  });
});

describe('changing a decision awaiting approval', () => {
  it('starts from the decision and sends the version it read', async () => {
    const write = vi.fn(async () => ok(DECISION));
    const { client } = api(PROPOSAL, write);
    renderAt(
      `/decisions/${DECISION_ID}/edit`,
      [
        { path: '/decisions/:id/edit', element: <EditDecisionPage id={DECISION_ID} /> },
        { path: '/decisions/:id', element: <p>Decision page</p> },
      ],
      authState({ roles: ['patient-safety-specialist'], api: client }),
    );
    expect(((await screen.findAllByLabelText('Name'))[0] as HTMLSelectElement).value).toBe(CHAIR_ID);
    expect((screen.getByLabelText('Why is the panel departing from the proposal?') as HTMLTextAreaElement).value).toBe(DECISION.departureRationale);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save the changes' }));
    const [path, init] = write.mock.calls[0] as unknown as [string, { params: unknown; body: { version: number } }];
    expect(path).toBe('/api/v1/decisions/{decisionId}');
    expect(init.params).toEqual({ path: { decisionId: DECISION_ID } });
    expect(init.body.version).toBe(2);
    expect(await screen.findByText('Decision page')).toBeTruthy();
  });

  it('a save after someone else changed the decision offers to reload it, on the check page', async () => {
    const write = vi.fn(async () => problem(409, 'stale-version'));
    const { client } = api(PROPOSAL, write);
    renderAt(`/decisions/${DECISION_ID}/edit`, [{ path: '/decisions/:id/edit', element: <EditDecisionPage id={DECISION_ID} /> }], authState({ roles: ['patient-safety-specialist'], api: client }));
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save the changes' }));
    expect(await screen.findByRole('heading', { name: 'Someone else changed this decision while you were working on it' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Check your changes before saving them' })).toBeTruthy();
    expect(document.activeElement?.className).toBe('nhsuk-error-summary');
    expect(screen.getByRole('button', { name: 'Reload the decision' })).toBeTruthy();
  });

  it('an approved decision cannot be changed', async () => {
    const get = vi.fn(async (path: string) => (path === '/api/v1/people' ? ok(PEOPLE_PAGE) : ok({ ...DECISION, status: 'approved' })));
    renderAt(`/decisions/${DECISION_ID}/edit`, [{ path: '/decisions/:id/edit', element: <EditDecisionPage id={DECISION_ID} /> }], authState({ roles: ['patient-safety-specialist'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { name: 'This decision cannot be changed' })).toBeTruthy();
  });
});
