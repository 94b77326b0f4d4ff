import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { CandidatePage } from './CandidatePage';
import { CandidatesListPage } from './CandidatesListPage';
import { NewCandidatePage } from './NewCandidatePage';
import { RecruitmentStepsWaiting } from './RecruitmentStepsWaiting';
import { SignStepPage } from './SignStepPage';
import { WithdrawPage } from './WithdrawPage';
import { LOLA_ID, PEOPLE_PAGE, ROSA, ROSA_AT_INDUCTION } from './testCandidates';

// Typing through user-event is slow on a busy machine; the forms below type a few fields each.
vi.setConfig({ testTimeout: 60_000 });

const IVY: Role[] = ['improvement-advisor', 'staff'];
const SUMMARY = {
  id: ROSA.id,
  name: ROSA.name,
  directorate: ROSA.directorate,
  status: 'in-progress',
  nextStep: ROSA.nextStep,
  nextStepTitle: ROSA.nextStepTitle,
  waitingOn: ROSA.waitingOn,
  expressedOn: '2026-11-02',
  lastStepOn: '2026-11-09',
};
const WITHDRAWN = { ...SUMMARY, id: 'w1', name: 'Wendy Withdrawn', status: 'withdrawn', nextStep: undefined, nextStepTitle: undefined, waitingOn: undefined };

async function typeDate(group: string, day: string, month: string, year: string) {
  const g = await screen.findByRole('group', { name: group });
  await userEvent.type(within(g).getByLabelText('Day'), day);
  await userEvent.type(within(g).getByLabelText('Month'), month);
  await userEvent.type(within(g).getByLabelText('Year'), year);
}

describe('recruiting coaches with lived experience', () => {
  it('lists each candidate with the step waiting and on whom', async () => {
    const get = vi.fn(async () => ok([SUMMARY, WITHDRAWN]));
    renderAt('/coach-recruitment', [{ path: '/coach-recruitment', element: <CandidatesListPage /> }], authState({ roles: IVY, api: { GET: get } as unknown as ApiClient }));
    const link = await screen.findByRole('link', { name: 'Rosa Mendes' });
    expect(link.getAttribute('href')).toBe(`/coach-recruitment/${ROSA.id}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Sign-off by the clinical director, waiting on the clinical director of Mental Health')).toBeTruthy();
    expect(screen.getByText('Nothing: the candidate withdrew')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2 candidates; 1 on the pathway.');
    expect(screen.getByRole('link', { name: 'Record an expression of interest' }).getAttribute('href')).toBe('/coach-recruitment/new');
  });

  it('the home panel counts the candidates whose step is waiting, and shows nothing when none is', async () => {
    const get = vi.fn(async () => ok([SUMMARY, WITHDRAWN]));
    const { unmount } = renderAt('/', [{ path: '/', element: <RecruitmentStepsWaiting /> }], authState({ roles: IVY, api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { name: 'Recruitment steps waiting (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rosa Mendes' })).toBeTruthy();
    unmount();
    const none = vi.fn(async () => ok([WITHDRAWN]));
    renderAt('/', [{ path: '/', element: <RecruitmentStepsWaiting /> }], authState({ roles: IVY, api: { GET: none } as unknown as ApiClient }));
    await vi.waitFor(() => expect(none).toHaveBeenCalled());
    expect(screen.queryByTestId('recruitment-steps-waiting')).toBeNull();
  });
});

describe('an expression of interest', () => {
  function setup(post: ReturnType<typeof vi.fn>) {
    const get = getByPath({ '/api/v1/reference/directorates': [{ id: 2, name: 'Mental Health' }, { id: 3, name: 'Community Health' }] });
    renderAt(
      '/coach-recruitment/new',
      [
        { path: '/coach-recruitment/new', element: <NewCandidatePage /> },
        { path: '/coach-recruitment/:id', element: <ShowLocation /> },
      ],
      authState({ roles: IVY, api: { GET: get, POST: post } as unknown as ApiClient }),
    );
  }

  it('is checked before it is recorded, then opens the candidate', async () => {
    const post = vi.fn(async () => ok(ROSA, 201));
    setup(post);
    await userEvent.type(await screen.findByLabelText('Full name'), 'Rosa Mendes');
    await userEvent.type(screen.getByLabelText('E-mail address'), 'rosa.mendes@example.com');
    await userEvent.selectOptions(screen.getByLabelText('Directorate'), '2');
    await userEvent.type(screen.getByLabelText('How did they hear about the role?'), 'A poster on the ward');
    await userEvent.type(screen.getByLabelText('Their lived experience, in their own words'), 'Ten years of community services.');
    await typeDate('Date they expressed their interest', '2', '11', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Check the expression of interest before recording it' })).toBeTruthy();
    expect(screen.getByText('Mental Health')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Record the expression of interest' }));
    expect(post).toHaveBeenCalledWith('/api/v1/coach-candidates', {
      body: {
        name: 'Rosa Mendes',
        email: 'rosa.mendes@example.com',
        directorateId: 2,
        heardFrom: 'A poster on the ward',
        livedExperience: 'Ten years of community services.',
        expressedOn: '2026-11-02',
      },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/coach-recruitment/${ROSA.id}`);
  });

  it('an empty form is refused before checking, with an error summary linking to each answer', async () => {
    const post = vi.fn();
    setup(post);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('link', { name: 'Enter an e-mail address or a phone number for the candidate' })).getAttribute('href')).toBe('#candidate-email');
    expect(screen.getByRole('link', { name: 'Select the directorate the candidate has a relationship with' }).getAttribute('href')).toBe('#candidate-directorate');
    expect(screen.getByRole('link', { name: 'Enter the date of the expression of interest' }).getAttribute('href')).toBe('#candidate-expressedOn-day');
    expect(post).not.toHaveBeenCalled();
  });
});

describe('a candidate’s pathway', () => {
  it('is a task list whose waiting step links to its page, with the others tagged', async () => {
    const get = getByPath({ '/api/v1/coach-candidates/{candidateId}': ROSA });
    renderAt(`/coach-recruitment/${ROSA.id}`, [{ path: '/coach-recruitment/:id', element: <CandidatePage id={ROSA.id} /> }], authState({ roles: IVY, api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rosa Mendes' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Recruitment steps' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    expect(within(items[1]).getByText('Completed')).toBeTruthy();
    const waiting = within(items[2]).getByRole('link', { name: 'Sign-off by the clinical director' });
    expect(waiting.getAttribute('href')).toBe(`/coach-recruitment/${ROSA.id}/steps/clinical-director-sign-off`);
    expect(within(items[2]).getByText('Waiting')).toBeTruthy();
    expect(within(items[3]).queryByRole('link')).toBeNull();
    expect(within(items[3]).getByText('Cannot start yet')).toBeTruthy();
    expect(screen.getByTestId('waiting-on').textContent).toContain('waiting on the clinical director of Mental Health');
    expect(screen.getByText('Band 4, bank on a sessional basis, 7.5 hours a week')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Record a withdrawal' }).getAttribute('href')).toBe(`/coach-recruitment/${ROSA.id}/withdraw`);
  });

  it('signs the clinical director’s sign-off and returns to the pathway', async () => {
    const get = getByPath({ '/api/v1/coach-candidates/{candidateId}': ROSA });
    const post = vi.fn(async () => ok(ROSA));
    renderAt(
      `/coach-recruitment/${ROSA.id}/steps/clinical-director-sign-off`,
      [
        { path: '/coach-recruitment/:id/steps/:step', element: <SignStepPage id={ROSA.id} step="clinical-director-sign-off" /> },
        { path: '/coach-recruitment/:id', element: <ShowLocation /> },
      ],
      authState({ roles: IVY, api: { GET: get, POST: post } as unknown as ApiClient }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Record the clinical director’s sign-off' })).toBeTruthy();
    await typeDate('Date done', '20', '11', '2026');
    await userEvent.type(screen.getByLabelText('Who signed off?'), 'Dr Amara Okafor');
    await userEvent.click(screen.getByRole('button', { name: 'Record the sign-off' }));
    expect(post).toHaveBeenCalledWith('/api/v1/coach-candidates/{candidateId}/steps/{step}', {
      params: { path: { candidateId: ROSA.id, step: 'clinical-director-sign-off' } },
      body: { doneOn: '2026-11-20', signedBy: 'Dr Amara Okafor' },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/coach-recruitment/${ROSA.id}`);
  });

  it('a step signed out of order shows the service’s refusal naming the step waiting', async () => {
    const get = getByPath({ '/api/v1/coach-candidates/{candidateId}': ROSA });
    const message = 'Sign-off by the clinical director is waiting: it comes before sign-off by the people participation team';
    const post = vi.fn(async () => ({
      error: { type: 'x', title: 'Conflict', status: 409, code: 'conflict', detail: message, errors: [{ field: 'step', code: 'step-waiting', message }] },
      response: new Response(null, { status: 409 }),
    }));
    renderAt(
      `/coach-recruitment/${ROSA.id}/steps/people-participation-sign-off`,
      [{ path: '/coach-recruitment/:id/steps/:step', element: <SignStepPage id={ROSA.id} step="people-participation-sign-off" /> }],
      authState({ roles: IVY, api: { GET: get, POST: post } as unknown as ApiClient }),
    );
    await typeDate('Date done', '20', '11', '2026');
    await userEvent.type(screen.getByLabelText('Who signed off?'), 'Millie Smith');
    await userEvent.click(screen.getByRole('button', { name: 'Record the sign-off' }));
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it('the induction asks for its confirmations and the line manager before sending', async () => {
    const get = getByPath({ '/api/v1/coach-candidates/{candidateId}': ROSA_AT_INDUCTION, '/api/v1/people': PEOPLE_PAGE });
    const post = vi.fn(async () => ok({ ...ROSA_AT_INDUCTION, status: 'inducted' }));
    renderAt(
      `/coach-recruitment/${ROSA.id}/steps/induction`,
      [
        { path: '/coach-recruitment/:id/steps/:step', element: <SignStepPage id={ROSA.id} step="induction" /> },
        { path: '/coach-recruitment/:id', element: <ShowLocation /> },
      ],
      authState({ roles: IVY, api: { GET: get, POST: post } as unknown as ApiClient }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Record the induction' }));
    expect(await screen.findByRole('link', { name: 'Confirm that technology support has been given' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Select the line manager' }).getAttribute('href')).toBe('#step-lineManager');
    expect(post).not.toHaveBeenCalled();
    await typeDate('Date done', '1', '12', '2026');
    await userEvent.click(screen.getByLabelText('Technology support has been given'));
    await userEvent.click(screen.getByLabelText('Identification has been issued'));
    await userEvent.selectOptions(screen.getByLabelText('Line manager'), LOLA_ID);
    await userEvent.click(screen.getByLabelText('The project sponsor'));
    await userEvent.click(screen.getByRole('button', { name: 'Record the induction' }));
    expect(post).toHaveBeenCalledWith('/api/v1/coach-candidates/{candidateId}/steps/{step}', {
      params: { path: { candidateId: ROSA.id, step: 'induction' } },
      body: { doneOn: '2026-12-01', technologySupport: true, identification: true, lineManagerPersonId: LOLA_ID, lineManagerAllocatedBy: 'sponsor' },
    });
  });

  it('records a withdrawal with its reason', async () => {
    const post = vi.fn(async () => ok({ ...ROSA, status: 'withdrawn' }));
    renderAt(
      `/coach-recruitment/${ROSA.id}/withdraw`,
      [
        { path: '/coach-recruitment/:id/withdraw', element: <WithdrawPage id={ROSA.id} /> },
        { path: '/coach-recruitment/:id', element: <ShowLocation /> },
      ],
      authState({ roles: IVY, api: { POST: post } as unknown as ApiClient }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Record the withdrawal' }));
    expect(await screen.findByRole('link', { name: 'Enter why the candidate withdrew' })).toBeTruthy();
    await typeDate('Date they withdrew', '25', '11', '2026');
    await userEvent.type(screen.getByLabelText('Why did they withdraw?'), 'Caring responsibilities');
    await userEvent.click(screen.getByRole('button', { name: 'Record the withdrawal' }));
    expect(post).toHaveBeenCalledWith('/api/v1/coach-candidates/{candidateId}/withdrawal', {
      params: { path: { candidateId: ROSA.id } },
      body: { withdrawnOn: '2026-11-25', reason: 'Caring responsibilities' },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/coach-recruitment/${ROSA.id}`);
  });
});
