import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { authState, renderAt, TAXONOMY } from '../../test/helpers';
import { emptyDraft, type ReportDraft } from './model';
import { DetailsPage, EventPage, PatientPage, StaffPage } from './pages';
import { ReportingStateProvider, type ReportingState } from './ReportingContext';

function Harness({ state, children }: { state: ReportingState; children: React.ReactNode }) {
  return <ReportingStateProvider value={state}>{children}</ReportingStateProvider>;
}

function reporting(draft: ReportDraft, over: Partial<ReportingState> = {}): ReportingState {
  return {
    draft,
    update: vi.fn(),
    reset: vi.fn(),
    taxonomy: TAXONOMY,
    locations: [{ code: 'LOC-DN-NORTH', name: 'District nursing north', service: 'District nursing', directorate: 'Community' }],
    serverErrors: {},
    setServerErrors: vi.fn(),
    clearServerErrors: vi.fn(),
    draftSaved: true,
    ...over,
  };
}

function renderPage(path: string, element: React.ReactNode, state: ReportingState) {
  return renderAt(path, [{ path, element: <Harness state={state}>{element}</Harness> }], authState({ roles: ['staff'] }));
}

function summary() {
  return screen.getByRole('alert');
}

describe('question pages', () => {
  it('event page: Continue with nothing shows the error summary, inline errors and takes focus', async () => {
    renderPage('/report/event', <EventPage />, reporting(emptyDraft()));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(summary()).getByText('There is a problem')).toBeTruthy();
    const links = within(summary()).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#eventType', '#date', '#time', '#locationCode']);
    expect(document.activeElement?.classList.contains('nhsuk-error-summary')).toBe(true);
    // inline error with the hidden "Error:" prefix, linked to the field
    const dateError = document.getElementById('date-error');
    expect(dateError?.textContent).toBe('Error: Enter the date the event happened');
    expect(screen.getByLabelText('Date').getAttribute('aria-describedby')).toContain('date-error');
    expect(document.title).toBe('Error: The event – PSIRF Platform');
  });

  it('event page: has the agreed labels', () => {
    renderPage('/report/event', <EventPage />, reporting(emptyDraft()));
    expect(screen.getByRole('group', { name: 'What kind of event are you reporting?' })).toBeTruthy();
    for (const label of ['Incident', 'Near miss', 'No harm incident', 'Good care']) expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.getByLabelText('Date').getAttribute('type')).toBe('date');
    expect(screen.getByLabelText('Time').getAttribute('type')).toBe('time');
    const location = screen.getByLabelText('Location');
    expect(location.tagName).toBe('SELECT');
    // locations are grouped by directorate
    expect(location.querySelector('optgroup')?.getAttribute('label')).toBe('Community');
  });

  it('event page: a draft kept on the device can be discarded', async () => {
    const state = reporting({ ...emptyDraft(), eventType: 'incident' }, { resumed: true });
    renderPage('/report/event', <EventPage />, state);
    expect(screen.getByText(/You have a report you have not sent yet/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(state.reset).toHaveBeenCalled();
  });

  it('event page: a complete page goes on to the details', async () => {
    const d = { ...emptyDraft(), eventType: 'incident', date: '2026-01-02', time: '10:00', locationCode: 'LOC-DN-NORTH' };
    renderPage('/report/event', <EventPage />, reporting(d));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Elsewhere')).toBeTruthy();
  });

  it('details page: requires category, harms and what happened', async () => {
    renderPage('/report/details', <DetailsPage />, reporting(emptyDraft()));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(summary()).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Select a category',
      'Select the level of physical harm',
      'Select the level of psychological harm',
      'Enter what happened',
    ]);
    expect(screen.getByRole('group', { name: 'Physical harm' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Psychological harm' })).toBeTruthy();
  });

  it('patient page: an invalid NHS number is refused', async () => {
    const d: ReportDraft = { ...emptyDraft(), patientInvolved: 'yes', patient: { ...emptyDraft().patient, nhsNumber: '9434765918' } };
    renderPage('/report/patient', <PatientPage />, reporting(d));
    expect(screen.getByLabelText('NHS number')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(summary()).getByRole('link', { name: 'Enter a valid NHS number' }).getAttribute('href')).toBe('#nhsNumber');
  });

  it('patient page: shows errors the server sent for this page', () => {
    const d: ReportDraft = { ...emptyDraft(), patientInvolved: 'yes' };
    renderPage(
      '/report/patient',
      <PatientPage />,
      reporting(d, { serverErrors: { patient: [{ id: 'nhsNumber', message: 'Enter a valid 10 digit NHS number' }] } }),
    );
    expect(within(summary()).getByRole('link', { name: 'Enter a valid 10 digit NHS number' })).toBeTruthy();
    expect(document.getElementById('nhsNumber-error')?.textContent).toContain('Enter a valid 10 digit NHS number');
  });

  it('patient page: patient questions appear only after Yes', () => {
    renderPage('/report/patient', <PatientPage />, reporting({ ...emptyDraft(), patientInvolved: 'no' }));
    expect(screen.queryByLabelText('NHS number')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Was a patient involved?' })).toBeTruthy();
  });

  it('staff page: a name without a role is refused; Add another adds a row', async () => {
    const state = reporting({ ...emptyDraft(), staff: [{ role: '', name: 'Alex', staffType: '' }] });
    renderPage('/report/staff', <StaffPage />, state);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(summary()).getByRole('link', { name: 'Enter the role of staff member 1' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add another' }));
    expect(state.update).toHaveBeenCalled();
    const change = vi.mocked(state.update).mock.calls[0][0];
    expect(change(state.draft).staff).toHaveLength(2);
    expect(screen.getByLabelText('Report anonymously')).toBeTruthy();
  });

  it('error summary link moves focus to the field', async () => {
    renderPage('/report/event', <EventPage />, reporting(emptyDraft()));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    Element.prototype.scrollIntoView = vi.fn();
    await act(async () => {
      fireEvent.click(within(summary()).getByRole('link', { name: 'Select the location where it happened' }));
    });
    expect(document.activeElement?.id).toBe('locationCode');
  });
});
