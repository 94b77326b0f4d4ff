import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { CompliancePage } from './CompliancePage';
import { MyTrainingPage } from './MyTrainingPage';
import { NewPersonPage } from './NewPersonPage';
import { PeopleListPage } from './PeopleListPage';
import { PersonPage } from './PersonPage';
import { COMPLIANCE, PERSON, RECORD } from './testPeople';

const PSS: Role[] = ['patient-safety-specialist', 'staff'];
const CHIEF: Role[] = ['chief-nurse', 'staff'];

function showPerson(roles: Role[], api: Partial<Record<'PUT' | 'POST', ReturnType<typeof vi.fn>>> = {}) {
  const get = getByPath({ '/api/v1/people/{personId}': PERSON, '/api/v1/people/{personId}/training': RECORD });
  renderAt(`/people/${PERSON.id}`, [{ path: '/people/:id', element: <PersonPage id={PERSON.id} /> }], authState({ roles, api: { GET: get, ...api } as unknown as ApiClient }));
  return get;
}

describe('people list', () => {
  it('lists people with what they are qualified for and searches by name', async () => {
    const get = vi.fn(async () => ok({ items: [PERSON], page: 0, size: 20, totalItems: 1, totalPages: 1 }));
    renderAt('/people', [{ path: '/people', element: <PeopleListPage /> }], authState({ roles: PSS, api: { GET: get } as unknown as ApiClient }));
    const link = await screen.findByRole('link', { name: 'Lee Lead' });
    expect(link.getAttribute('href')).toBe(`/people/${PERSON.id}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Engagement lead')).toBeTruthy();
    expect(within(row).queryByText('Lead')).toBeNull();
    expect(screen.getByRole('link', { name: 'Add a person' }).getAttribute('href')).toBe('/people/new');
    await userEvent.type(screen.getByLabelText('Search by name or e-mail'), 'lee');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(get).toHaveBeenLastCalledWith('/api/v1/people', { params: { query: { search: 'lee', page: 0, size: 20 } } });
  });

  it('the chief nurse reads the list but is not offered to add people', async () => {
    const get = vi.fn(async () => ok({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }));
    renderAt('/people', [{ path: '/people', element: <PeopleListPage /> }], authState({ roles: CHIEF, api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByText('No people match.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Add a person' })).toBeNull();
  });
});

describe('add a person', () => {
  function setup(post: ReturnType<typeof vi.fn>) {
    renderAt(
      '/people/new',
      [
        { path: '/people/new', element: <NewPersonPage /> },
        { path: '/people/:id', element: <ShowLocation /> },
      ],
      authState({ roles: PSS, api: { POST: post } as unknown as ApiClient }),
    );
  }

  it('adds the person and opens their page', async () => {
    const post = vi.fn(async () => ok(PERSON, 201));
    setup(post);
    await userEvent.type(screen.getByLabelText('Full name'), 'Lee Lead');
    await userEvent.type(screen.getByLabelText('E-mail address'), 'lee.lead@example.nhs.uk');
    await userEvent.type(screen.getByLabelText('Job role (optional)'), 'Ward manager');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(post).toHaveBeenCalledWith('/api/v1/people', { body: { name: 'Lee Lead', email: 'lee.lead@example.nhs.uk', jobRole: 'Ward manager' } });
    expect((await screen.findByTestId('location')).textContent).toBe(`/people/${PERSON.id}`);
  });

  it('an e-mail address already in the directory is shown in the error summary, linking to the field', async () => {
    const post = vi.fn(async () => problem(400, [{ field: 'email', code: 'already-used', message: 'Someone in the directory already has this e-mail address' }]));
    setup(post);
    await userEvent.type(screen.getByLabelText('Full name'), 'Lee Lead');
    await userEvent.type(screen.getByLabelText('E-mail address'), 'lee.lead@example.nhs.uk');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    const link = await screen.findByRole('link', { name: 'Someone in the directory already has this e-mail address' });
    expect(link.getAttribute('href')).toBe('#person-email');
  });

  it('without a name or with a malformed address nothing is sent', async () => {
    const post = vi.fn();
    setup(post);
    await userEvent.type(screen.getByLabelText('E-mail address'), 'lee');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await screen.findByRole('link', { name: "Enter the person's full name" })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Enter an e-mail address like name@example.nhs.uk' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });
});

describe('person page', () => {
  it('says in words what the person is qualified for and what is missing', async () => {
    showPerson(CHIEF);
    expect(await screen.findByRole('heading', { name: 'Lee Lead', level: 1 })).toBeTruthy();
    expect(screen.getByText('Level 2 of the patient safety syllabus is not recorded')).toBeTruthy();
    expect(screen.getByText('At least 1 day of oversight training is needed')).toBeTruthy();
    expect(screen.getByText('Human factors workshop', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save training record' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change details' })).toBeNull();
  });

  it('saves the training record with the version read', async () => {
    const put = vi.fn(async () => ok({ ...RECORD, version: 5, level2CompletedOn: '2026-03-02' }));
    showPerson(PSS, { PUT: put });
    const level2 = await screen.findByRole('group', { name: 'Level 2 of the patient safety syllabus completed on' });
    await userEvent.type(within(level2).getByLabelText('Day'), '2');
    await userEvent.type(within(level2).getByLabelText('Month'), '3');
    await userEvent.type(within(level2).getByLabelText('Year'), '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Save training record' }));
    expect(put).toHaveBeenCalledWith('/api/v1/people/{personId}/training', {
      params: { path: { personId: PERSON.id } },
      body: {
        version: 4,
        level1CompletedOn: '2026-01-15',
        level2CompletedOn: '2026-03-02',
        learningFromIncidentsDays: 2,
        engagementTrainingHours: 6,
        oversightTrainingDays: 0,
      },
    });
    expect(await screen.findByText('Training record saved.')).toBeTruthy();
  });

  it('an amount that is not a number is refused before sending', async () => {
    const put = vi.fn();
    showPerson(PSS, { PUT: put });
    const hours = await screen.findByLabelText('Hours of engagement training');
    await userEvent.clear(hours);
    await userEvent.type(hours, 'six');
    await userEvent.click(screen.getByRole('button', { name: 'Save training record' }));
    expect(await screen.findByRole('link', { name: 'Hours of engagement training must be a number to one decimal place, like 2 or 1.5' })).toBeTruthy();
    expect(put).not.toHaveBeenCalled();
  });

  it('someone else saving first offers a reload', async () => {
    const put = vi.fn(async () => problem(409));
    showPerson(PSS, { PUT: put });
    await userEvent.click(await screen.findByRole('button', { name: 'Save training record' }));
    expect(await screen.findByRole('button', { name: 'Reload the training record' })).toBeTruthy();
  });

  it('adds a CPD entry', async () => {
    const post = vi.fn(async () => ok({ id: 'c2', completedOn: '2026-06-01', title: 'Regional learning event', hours: 2 }, 201));
    showPerson(PSS, { POST: post });
    const date = await screen.findByRole('group', { name: 'Date' });
    await userEvent.type(within(date).getByLabelText('Day'), '1');
    await userEvent.type(within(date).getByLabelText('Month'), '6');
    await userEvent.type(within(date).getByLabelText('Year'), '2026');
    await userEvent.type(screen.getByLabelText('Title'), 'Regional learning event');
    await userEvent.type(screen.getByLabelText('Hours'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Add CPD entry' }));
    expect(post).toHaveBeenCalledWith('/api/v1/people/{personId}/training/cpd-entries', {
      params: { path: { personId: PERSON.id } },
      body: { completedOn: '2026-06-01', title: 'Regional learning event', hours: 2 },
    });
    expect(await screen.findByText('CPD entry added.')).toBeTruthy();
  });

  it('changes details with the version read', async () => {
    const put = vi.fn(async () => ok({ ...PERSON, version: 3, active: false }));
    showPerson(PSS, { PUT: put });
    await userEvent.click(await screen.findByRole('button', { name: 'Change details' }));
    await userEvent.click(screen.getByLabelText('Active'));
    await userEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(put).toHaveBeenCalledWith('/api/v1/people/{personId}', {
      params: { path: { personId: PERSON.id } },
      body: { version: 2, name: 'Lee Lead', email: 'lee.lead@example.nhs.uk', active: false, jobRole: 'Ward manager' },
    });
    expect(await screen.findByText('Inactive: cannot be assigned')).toBeTruthy();
  });
});

describe('training compliance', () => {
  it('lists gaps and flags leads under two responses in the year', async () => {
    const get = vi.fn(async () => ok(COMPLIANCE));
    renderAt('/training/compliance?year=2026', [{ path: '/training/compliance', element: <CompliancePage /> }], authState({ roles: CHIEF, api: { GET: get } as unknown as ApiClient }));
    const lee = (await screen.findByRole('link', { name: 'Lee Lead' })).closest('tr') as HTMLElement;
    expect(within(lee).getByText('Lead under 2 a year')).toBeTruthy();
    expect(within(lee).getByText('Level 2 of the patient safety syllabus is not recorded', { exact: false })).toBeTruthy();
    const pat = screen.getByRole('link', { name: 'Pat Specialist' }).closest('tr') as HTMLElement;
    expect(within(pat).queryByText('Lead under 2 a year')).toBeNull();
    expect(get).toHaveBeenCalledWith('/api/v1/training/compliance', { params: { query: { year: 2026 } } });
  });
});

describe('my training', () => {
  it('tells someone without a record whom to ask', async () => {
    const get = vi.fn(async () => problem(404));
    renderAt('/my-training', [{ path: '/my-training', element: <MyTrainingPage /> }], authState({ roles: ['staff'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByText('There is no training record for you. Ask a patient safety specialist to add you to the people directory.')).toBeTruthy();
  });

  it('shows the record of someone who has one', async () => {
    const get = vi.fn(async () => ok(RECORD));
    renderAt('/my-training', [{ path: '/my-training', element: <MyTrainingPage /> }], authState({ roles: ['staff'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByText('Level 2 of the patient safety syllabus is not recorded')).toBeTruthy();
  });
});
