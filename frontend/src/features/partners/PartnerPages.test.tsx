import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { MyPartnershipPage } from './MyPartnershipPage';
import { NewPartnerPage } from './NewPartnerPage';
import { PartnerPage } from './PartnerPage';
import { PartnersListPage } from './PartnersListPage';
import { LEE_ID, PARTNER, PEOPLE_PAGE, PRIYA_ID, SUE_ID } from './testPartners';

const PSS: Role[] = ['patient-safety-specialist', 'staff'];
const CHIEF: Role[] = ['chief-nurse', 'staff'];

function showPartner(roles: Role[], api: Partial<Record<'PUT' | 'POST', ReturnType<typeof vi.fn>>> = {}) {
  const get = getByPath({ '/api/v1/patient-safety-partners/{partnerId}': PARTNER, '/api/v1/people': PEOPLE_PAGE });
  renderAt(
    `/patient-safety-partners/${PARTNER.id}`,
    [{ path: '/patient-safety-partners/:id', element: <PartnerPage id={PARTNER.id} /> }],
    authState({ roles, api: { GET: get, ...api } as unknown as ApiClient }),
  );
  return get;
}

async function typeDate(group: string, day: string, month: string, year: string) {
  const g = await screen.findByRole('group', { name: group });
  await userEvent.type(within(g).getByLabelText('Day'), day);
  await userEvent.type(within(g).getByLabelText('Month'), month);
  await userEvent.type(within(g).getByLabelText('Year'), year);
}

describe('register of patient safety partners', () => {
  it('lists each partner with their supporter and says in words when supervision is overdue', async () => {
    const get = vi.fn(async () => ok([PARTNER]));
    renderAt('/patient-safety-partners', [{ path: '/patient-safety-partners', element: <PartnersListPage /> }], authState({ roles: PSS, api: { GET: get } as unknown as ApiClient }));
    const link = await screen.findByRole('link', { name: 'Priya Partner' });
    expect(link.getAttribute('href')).toBe(`/patient-safety-partners/${PARTNER.id}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Supervision overdue')).toBeTruthy();
    expect(within(row).getByText('Was due by 1 August 2026')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Patient safety partners' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add a patient safety partner' }).getAttribute('href')).toBe('/patient-safety-partners/new');
  });

  it('the chief nurse reads the register but is not offered to add to it', async () => {
    const get = vi.fn(async () => ok([]));
    renderAt('/patient-safety-partners', [{ path: '/patient-safety-partners', element: <PartnersListPage /> }], authState({ roles: CHIEF, api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByText('There are no patient safety partners in the register yet.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Add a patient safety partner' })).toBeNull();
  });
});

describe('add a patient safety partner', () => {
  function setup(post: ReturnType<typeof vi.fn>) {
    const get = getByPath({ '/api/v1/people': PEOPLE_PAGE });
    renderAt(
      '/patient-safety-partners/new',
      [
        { path: '/patient-safety-partners/new', element: <NewPartnerPage /> },
        { path: '/patient-safety-partners/:id', element: <ShowLocation /> },
      ],
      authState({ roles: PSS, api: { GET: get, POST: post } as unknown as ApiClient }),
    );
  }

  it('adds the partner with their supporter, start date and areas, then opens their entry', async () => {
    const post = vi.fn(async () => ok(PARTNER, 201));
    setup(post);
    await userEvent.selectOptions(await screen.findByLabelText('Patient safety partner'), PRIYA_ID);
    await userEvent.selectOptions(screen.getByLabelText('Named supporting individual'), SUE_ID);
    await typeDate('Start date', '5', '1', '2026');
    await userEvent.click(screen.getByLabelText('Investigation oversight groups'));
    await userEvent.click(screen.getByLabelText('Membership of safety and quality committees'));
    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    expect(post).toHaveBeenCalledWith('/api/v1/patient-safety-partners', {
      body: { personId: PRIYA_ID, supporterPersonId: SUE_ID, startedOn: '2026-01-05', areas: ['safety-quality-committees', 'investigation-oversight-groups'] },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/patient-safety-partners/${PARTNER.id}`);
  });

  it('an empty form is refused before sending, with an error summary linking to each answer', async () => {
    const post = vi.fn();
    setup(post);
    await userEvent.click(await screen.findByRole('button', { name: 'Add partner' }));
    expect((await screen.findByRole('link', { name: 'Select the patient safety partner' })).getAttribute('href')).toBe('#partner-person');
    expect(screen.getByRole('link', { name: 'Enter the date the partnership started' }).getAttribute('href')).toBe('#partner-startedOn-day');
    expect(post).not.toHaveBeenCalled();
  });

  it('a person already registered is shown in the error summary', async () => {
    const post = vi.fn(async () => problem(400, [{ field: 'personId', code: 'already-registered', message: 'This person is already in the register of patient safety partners' }]));
    setup(post);
    await userEvent.selectOptions(await screen.findByLabelText('Patient safety partner'), PRIYA_ID);
    await userEvent.selectOptions(screen.getByLabelText('Named supporting individual'), SUE_ID);
    await typeDate('Start date', '5', '1', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    expect((await screen.findByRole('link', { name: 'This person is already in the register of patient safety partners' })).getAttribute('href')).toBe('#partner-person');
  });
});

describe('a partner’s entry', () => {
  it('the chief nurse reads the entry and the sessions but gets no forms', async () => {
    showPartner(CHIEF);
    expect(await screen.findByRole('heading', { level: 1, name: 'Priya Partner' })).toBeTruthy();
    expect(screen.getByText('Sue Supporter (Head of patient safety)')).toBeTruthy();
    expect(screen.getByText('Talked through the committee papers.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record session' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change details' })).toBeNull();
  });

  it('records a supervision session and shows the entry the API returns', async () => {
    const post = vi.fn(async () => ok({ ...PARTNER, supervisionOverdue: false, lastSessionOn: '2026-11-20' }, 201));
    showPartner(PSS, { POST: post });
    expect(await screen.findByRole('heading', { name: 'Record a supervision session' })).toBeTruthy();
    await typeDate('Date of the session', '20', '11', '2026');
    await userEvent.selectOptions(screen.getByLabelText('Who was the session with?'), LEE_ID);
    await userEvent.type(screen.getByLabelText('Notes (optional)'), 'Agreed a buddy.');
    await userEvent.click(screen.getByRole('button', { name: 'Record session' }));
    expect(post).toHaveBeenCalledWith('/api/v1/patient-safety-partners/{partnerId}/supervision-sessions', {
      params: { path: { partnerId: PARTNER.id } },
      body: { heldOn: '2026-11-20', withPersonId: LEE_ID, notes: 'Agreed a buddy.' },
    });
    expect(await screen.findByText('Supervision session recorded.')).toBeTruthy();
    expect(screen.getByText('Supervision up to date')).toBeTruthy();
  });

  it('a session refused by the API names the field in the error summary', async () => {
    const post = vi.fn(async () => problem(400, [{ field: 'heldOn', code: 'in-the-future', message: 'The date of the session must be today or in the past' }]));
    showPartner(PSS, { POST: post });
    await typeDate('Date of the session', '1', '1', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Record session' }));
    expect((await screen.findByRole('link', { name: 'The date of the session must be today or in the past' })).getAttribute('href')).toBe('#session-heldOn-day');
  });

  it('changes the details with the version read; someone else saving first offers a reload', async () => {
    const put = vi.fn(async () => problem(409));
    showPartner(PSS, { PUT: put });
    await userEvent.click(await screen.findByRole('button', { name: 'Change details' }));
    await userEvent.click(await screen.findByLabelText('Staff patient safety training'));
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(put).toHaveBeenCalledWith('/api/v1/patient-safety-partners/{partnerId}', {
      params: { path: { partnerId: PARTNER.id } },
      body: { version: 3, personId: PRIYA_ID, supporterPersonId: SUE_ID, startedOn: '2026-01-05', areas: ['staff-training', 'investigation-oversight-groups'] },
    });
    expect(await screen.findByRole('button', { name: 'Reload the partner' })).toBeTruthy();
  });
});

describe('my support and supervision', () => {
  it('a partner sees who supports them and their sessions, without the team\'s notes', async () => {
    const { notes: _notes, ...withoutNotes } = PARTNER.sessions[0];
    const get = getByPath({ '/api/v1/me/patient-safety-partner': { ...PARTNER, sessions: [withoutNotes] } });
    renderAt('/my-partnership', [{ path: '/my-partnership', element: <MyPartnershipPage /> }], authState({ roles: ['patient-safety-partner'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My support and supervision' })).toBeTruthy();
    // The heading shows while the entry loads; wait for the entry itself.
    expect(await screen.findByText('Your named supporting individual')).toBeTruthy();
    expect(screen.getByText('Sue Supporter (Head of patient safety)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your supervision sessions' })).toBeTruthy();
    expect(screen.getByText('Sue Supporter')).toBeTruthy();
    // The API sends no notes to a partner; the page does not say "None" as if there were none.
    expect(screen.queryByText('Notes')).toBeNull();
    expect(screen.queryByText('None')).toBeNull();
  });

  it('someone not in the register is told whom to ask', async () => {
    const get = getByPath({});
    renderAt('/my-partnership', [{ path: '/my-partnership', element: <MyPartnershipPage /> }], authState({ roles: ['patient-safety-partner'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByText('You are not in the register of patient safety partners yet. Ask the patient safety team to add you.')).toBeTruthy();
  });
});
