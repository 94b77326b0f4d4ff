import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import { getByPath } from '../../test/fakeApi';
import { authState, renderAt } from '../../test/helpers';
import { PLAN } from '../response-plan/testPlan';
import { HomePage } from './HomePage';

const home = [{ path: '/', element: <HomePage /> }];

describe('home page', () => {
  it('signed out: shows a Sign in button that starts sign in', async () => {
    const auth = authState({ status: 'signed-out', user: null });
    renderAt('/', home, auth);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(auth.signIn).toHaveBeenCalled();
    expect(screen.queryByRole('link', { name: 'My reports' })).toBeNull();
  });

  it('staff: links to report an event and to their reports', () => {
    renderAt('/', home, authState({ roles: ['staff'] }));
    expect(screen.getByRole('link', { name: 'Report a patient safety event' }).getAttribute('href')).toBe('/report/event');
    expect(screen.getByRole('link', { name: 'My reports' }).getAttribute('href')).toBe('/my-reports');
    expect(screen.queryByRole('link', { name: 'Triage queue' })).toBeNull();
  });

  it('a chair with only the staff role: "Decisions awaiting your approval" with the count, each linking to the decision', async () => {
    const toApprove = {
      items: [
        { id: 'd1', events: [{ id: 'e1', reference: 'PSE-2026-000123' }], responseType: 'psii', responseTypeDisplay: 'Patient safety incident investigation (PSII)', recordedBy: 'Pat Specialist', recordedAt: '2026-11-23T10:00:00Z' },
        { id: 'd2', case: { id: 'c1', reference: 'CASE-2026-0004', title: 'Falls on the ward' }, events: [], responseType: 'after-action-review', responseTypeDisplay: 'After action review', recordedBy: 'Pat Specialist', recordedAt: '2026-11-24T10:00:00Z' },
      ],
    };
    const get = getByPath({ '/api/v1/me/decisions-to-approve': toApprove });
    renderAt('/', home, authState({ roles: ['staff'], api: { GET: get } as unknown as ApiClient }));
    const card = await screen.findByTestId('decisions-to-approve');
    expect(within(card).getByRole('heading', { level: 2, name: 'Decisions awaiting your approval (2)' })).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'PSE-2026-000123' }).getAttribute('href')).toBe('/decisions/d1');
    expect(within(card).getByRole('link', { name: 'CASE-2026-0004' }).getAttribute('href')).toBe('/decisions/d2');
    // The reporter's own link still leads.
    expect(screen.getAllByRole('link')[0].getAttribute('href')).toBe('/report/event');
  });

  it('nothing about decisions when none awaits the caller, and roles that cannot chair are not asked', async () => {
    const get = getByPath({ '/api/v1/me/decisions-to-approve': { items: [] } });
    renderAt('/', home, authState({ roles: ['staff'], api: { GET: get } as unknown as ApiClient }));
    await waitFor(() => expect(get).toHaveBeenCalledWith('/api/v1/me/decisions-to-approve'));
    await screen.findByRole('link', { name: 'My reports' });
    expect(screen.queryByText(/Decisions awaiting your approval/)).toBeNull();
    const coachGet = getByPath({ '/api/v1/me/decisions-to-approve': { items: [] } });
    renderAt('/', home, authState({ roles: ['coach'], api: { GET: coachGet } as unknown as ApiClient }));
    expect(coachGet).not.toHaveBeenCalledWith('/api/v1/me/decisions-to-approve');
  });

  it('patient safety specialist: also the triage queue and audit trail', () => {
    renderAt('/', home, authState({ roles: ['patient-safety-specialist', 'staff'] }));
    expect(screen.getByRole('link', { name: 'Triage queue' }).getAttribute('href')).toBe('/triage');
    expect(screen.getByRole('link', { name: 'Audit trail' }).getAttribute('href')).toBe('/audit');
  });

  it('patient safety specialist: "Review overdue" when the plan in force is past its period', async () => {
    const overdue = { ...PLAN, periodFrom: '2023-09-01', periodTo: '2025-02-28', reviewDate: '2025-02-01', reviewOverdue: true };
    renderAt('/', home, authState({ roles: ['patient-safety-specialist'], api: { GET: getByPath({ '/api/v1/response-plan': overdue }) } as unknown as ApiClient }));
    const callout = await screen.findByTestId('plan-review-overdue');
    expect(within(callout).getByText('Review overdue').className).toBe('nhsuk-tag nhsuk-tag--red');
    expect(within(callout).getByRole('link', { name: 'Review the response plan' }).getAttribute('href')).toBe('/plan');
  });

  it('patient safety specialist: nothing about the review while the plan in force is within its period', async () => {
    const get = getByPath({ '/api/v1/response-plan': PLAN });
    renderAt('/', home, authState({ roles: ['patient-safety-specialist'], api: { GET: get } as unknown as ApiClient }));
    await waitFor(() => expect(get).toHaveBeenCalledWith('/api/v1/response-plan'));
    await screen.findByRole('link', { name: 'Triage queue' });
    expect(screen.queryByText('Review overdue')).toBeNull();
  });

  it('other roles: the home does not ask about the plan review', () => {
    const get = getByPath({ '/api/v1/response-plan': { ...PLAN, reviewOverdue: true } });
    renderAt('/', home, authState({ roles: ['chief-nurse', 'learning-response-lead'], api: { GET: get } as unknown as ApiClient }));
    expect(get).not.toHaveBeenCalledWith('/api/v1/response-plan');
    expect(screen.queryByText('Review overdue')).toBeNull();
  });

  it('every role: a link to the response plan (a coach with no other role: also QI projects, programmes and their own coaching)', () => {
    renderAt('/', home, authState({ roles: ['coach'] }));
    // A coach with lived experience (no staff role) also finds the training programmes and communities of practice.
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Response plan', 'QI projects', 'Your coaching', 'Coaching contracts', 'Training programmes', 'Communities of practice']);
    expect(screen.getByRole('link', { name: 'Response plan' }).getAttribute('href')).toBe('/plan');
    expect(screen.getByRole('link', { name: 'QI projects' }).getAttribute('href')).toBe('/qi-projects');
    expect(screen.getByRole('link', { name: 'Your coaching' }).getAttribute('href')).toBe('/my-coaching');
    expect(screen.getByRole('link', { name: 'Coaching contracts' }).getAttribute('href')).toBe('/coaching');
  });

  it('coach: the QI project updates overdue', async () => {
    const project = { id: 'p1', title: 'Fewer missed doses on Ward 7', status: 'open', startedOn: '2026-07-01', sponsor: { personId: 's', name: 'Ivy Advisor' }, coaches: [], teamSize: 1, myPart: ['coach'], lastUpdateOn: null, updateDueOn: '2026-08-01', updateOverdue: true };
    renderAt('/', home, authState({ roles: ['coach'], api: { GET: getByPath({ '/api/v1/qi-projects': [project] }) } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { name: 'Project updates overdue (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Fewer missed doses on Ward 7' }).getAttribute('href')).toBe('/qi-projects/p1');
  });

  it('improvement advisor: the coaches needing supervision, counted', async () => {
    const overdue = { id: 'c1', coach: { personId: 'p1', name: 'Cara Coach' }, kind: 'lived-experience', startedOn: '2026-01-05', current: true, minutesCoached: 0, supervisionDueBy: '2026-04-05', supervisionOverdue: true };
    const get = getByPath({ '/api/v1/coaches': [overdue] });
    renderAt('/', home, authState({ roles: ['improvement-advisor', 'staff'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { name: 'Coaches needing supervision (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Coach register' }).getAttribute('href')).toBe('/coaches');
  });

  it('no platform role: a plain explanation instead of links', () => {
    renderAt('/', home, authState({ roles: [] }));
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText(/not here yet/)).toBeTruthy();
  });
});
