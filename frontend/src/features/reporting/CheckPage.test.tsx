import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import { authState, renderAt, TAXONOMY } from '../../test/helpers';
import { CheckPage } from './CheckPage';
import { emptyDraft, type ReportDraft } from './model';
import { ReportingStateProvider, type ReportingState } from './ReportingContext';

const draft: ReportDraft = {
  ...emptyDraft(),
  eventType: 'incident',
  date: '2026-01-10',
  time: '14:30',
  locationCode: 'LOC-DN-NORTH',
  categoryCode: 'pressure-ulcer',
  physicalHarm: '4',
  psychologicalHarm: '4',
  whatHappened: 'Ulcer found at a home visit.',
  patientInvolved: 'yes',
  patient: { ...emptyDraft().patient, nhsNumber: '9434765919' },
};

function setup(post: ReturnType<typeof vi.fn>) {
  const state: ReportingState = {
    draft,
    update: vi.fn(),
    reset: vi.fn(),
    taxonomy: TAXONOMY,
    locations: [{ code: 'LOC-DN-NORTH', name: 'District nursing north', service: 'District nursing', directorate: 'Community' }],
    serverErrors: {},
    setServerErrors: vi.fn(),
    clearServerErrors: vi.fn(),
    draftSaved: true,
  };
  const auth = authState({ roles: ['staff'], api: { POST: post } as unknown as ApiClient });
  renderAt(
    '/report/check',
    [
      {
        path: '/report/check',
        element: (
          <ReportingStateProvider value={state}>
            <CheckPage />
          </ReportingStateProvider>
        ),
      },
      { path: '/report/done', element: <p>Done page</p> },
    ],
    auth,
  );
  return state;
}

describe('check answers and send', () => {
  it('shows the answers with Change links', () => {
    setup(vi.fn());
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers before sending your report' })).toBeTruthy();
    expect(screen.getByText('943 476 5919')).toBeTruthy();
    const change = screen.getByRole('link', { name: 'Change NHS number' });
    expect(change.getAttribute('href')).toBe('/report/patient?change=1');
  });

  it('sends the report, clears the draft and shows the confirmation', async () => {
    const post = vi.fn(async () => ({ data: { id: 'e1', reference: 'PSE-2026-000001' }, response: new Response(null, { status: 201 }) }));
    const state = setup(post);
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(post).toHaveBeenCalledWith('/api/v1/events', expect.objectContaining({ body: expect.objectContaining({ eventType: 'incident' }) }));
    expect(await screen.findByText('Done page')).toBeTruthy();
    expect(state.reset).toHaveBeenCalled();
  });

  it('offline: says plainly the report was not sent and keeps the draft', async () => {
    const state = setup(vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Your report has not been sent')).toBeTruthy();
    expect(within(alert).getByText(/Your answers are saved on this device/)).toBeTruthy();
    expect(state.reset).not.toHaveBeenCalled();
  });

  it('server field errors go back to the page and field that collected them', async () => {
    const problem = {
      type: 'x',
      title: 'There is a problem with the request',
      status: 400,
      code: 'validation-failed',
      errors: [{ field: 'patient.nhsNumber', code: 'invalid-nhs-number', message: 'Enter a valid 10 digit NHS number' }],
    };
    const state = setup(vi.fn(async () => ({ error: problem, response: new Response(null, { status: 400 }) })));
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(state.setServerErrors).toHaveBeenCalledWith({ patient: [{ id: 'nhsNumber', message: 'Enter a valid 10 digit NHS number' }] });
    expect(state.reset).not.toHaveBeenCalled();
  });

  it('an account that may not send reports is told so in the summary, and the draft is kept', async () => {
    const refused = { type: 'x', title: 'Forbidden', status: 403, code: 'forbidden' };
    const state = setup(vi.fn(async () => ({ error: refused, response: new Response(null, { status: 403 }) })));
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Your report has not been sent')).toBeTruthy();
    expect(within(alert).getByText('Your account cannot send reports. Ask the patient safety team to check your roles.')).toBeTruthy();
    expect(state.setServerErrors).not.toHaveBeenCalled();
    expect(state.reset).not.toHaveBeenCalled();
  });
});
