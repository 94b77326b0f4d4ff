import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authState, renderAt } from '../../test/helpers';
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

  it('patient safety specialist: also the triage queue and audit trail', () => {
    renderAt('/', home, authState({ roles: ['patient-safety-specialist', 'staff'] }));
    expect(screen.getByRole('link', { name: 'Triage queue' }).getAttribute('href')).toBe('/triage');
    expect(screen.getByRole('link', { name: 'Audit trail' }).getAttribute('href')).toBe('/audit');
  });

  it('every role: a link to the response plan', () => {
    renderAt('/', home, authState({ roles: ['coach'] }));
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Response plan' }).getAttribute('href')).toBe('/plan');
  });

  it('no platform role: a plain explanation instead of links', () => {
    renderAt('/', home, authState({ roles: [] }));
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText(/not here yet/)).toBeTruthy();
  });
});
