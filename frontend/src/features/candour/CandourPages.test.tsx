import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { authState, renderAt } from '../../test/helpers';
import { BankHolidaysPage } from './BankHolidaysPage';
import { CandourEventPage } from './CandourEventPage';
import { CandourListPage } from './CandourListPage';
import { DECIDED, EVENT_ID, OVERDUE, UNDECIDED } from './testCandour';
import type { Candour } from './types';

const KNOWN_LONG_ENOUGH = { knownUntil: '2028-12-31', runsOutSoon: false };
const RUNNING_OUT = {
  knownUntil: '2027-12-31',
  runsOutSoon: true,
  warning: 'The bank holidays held end on 31 December 2027, within 12 months: candour due dates after that count unknown bank holidays as working days. Upload the latest bank holidays from gov.uk.',
};

function setupEvent(roles: Role[], shown: Candour, put = vi.fn()) {
  const api = { GET: vi.fn(async () => ok(shown)), PUT: put } as unknown as ApiClient;
  renderAt(`/candour/events/${EVENT_ID}`, [{ path: '/candour/events/:id', element: <CandourEventPage id={EVENT_ID} /> }], authState({ roles, api }));
}

async function typeDate(group: string, day: string, month: string, year: string) {
  const g = screen.getByRole('group', { name: group });
  await userEvent.type(within(g).getByLabelText('Day'), day);
  await userEvent.type(within(g).getByLabelText('Month'), month);
  await userEvent.type(within(g).getByLabelText('Year'), year);
}

describe('the candour list', () => {
  it('shows overdue and due events with their status in words', async () => {
    const list = {
      items: [
        { eventId: EVENT_ID, eventReference: 'PSE-2026-000123', physicalHarm: OVERDUE.physicalHarm, notifiable: true, verbalNotifiedOn: '2026-12-18', writtenDueOn: '2027-01-06', status: 'overdue', statusDisplay: 'Overdue' },
        { eventId: 'e2', eventReference: 'PSE-2026-000124', physicalHarm: { code: '2', display: 'Severe physical harm' }, status: 'not-decided', statusDisplay: 'Not yet decided' },
      ],
      bankHolidays: KNOWN_LONG_ENOUGH,
    };
    const api = { GET: getByPath({ '/api/v1/candour': list }) } as unknown as ApiClient;
    renderAt('/candour', [{ path: '/candour', element: <CandourListPage /> }], authState({ roles: ['chief-nurse'], api }));
    expect(await screen.findByText('2 events, overdue and due first; 1 overdue.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PSE-2026-000123' }).getAttribute('href')).toBe(`/candour/events/${EVENT_ID}`);
    expect(screen.getByText('Overdue')).toBeTruthy();
    expect(screen.getByText('Due 6 January 2027')).toBeTruthy();
    expect(screen.getByText('Not yet decided')).toBeTruthy();
    expect(document.title).toContain('Duty of Candour');
    expect(screen.queryByTestId('bank-holiday-warning')).toBeNull();
  });

  it('warns in a callout when the bank holidays run out soon and marks a due date that falls after them', async () => {
    const list = {
      items: [
        { eventId: EVENT_ID, eventReference: 'PSE-2027-000123', physicalHarm: OVERDUE.physicalHarm, notifiable: true, verbalNotifiedOn: '2027-12-22', writtenDueOn: '2028-01-07', status: 'due', statusDisplay: 'Steps due', writtenDueBeyondKnownBankHolidays: true },
        { eventId: 'e2', eventReference: 'PSE-2027-000124', physicalHarm: OVERDUE.physicalHarm, notifiable: true, verbalNotifiedOn: '2027-12-01', writtenDueOn: '2027-12-15', status: 'due', statusDisplay: 'Steps due', writtenDueBeyondKnownBankHolidays: false },
      ],
      bankHolidays: RUNNING_OUT,
    };
    const api = { GET: getByPath({ '/api/v1/candour': list }) } as unknown as ApiClient;
    renderAt('/candour', [{ path: '/candour', element: <CandourListPage /> }], authState({ roles: ['patient-safety-specialist'], api }));
    const callout = await screen.findByTestId('bank-holiday-warning');
    expect(callout.className).toBe('nhsuk-warning-callout');
    expect(within(callout).getByRole('heading', { name: /Bank holidays need updating/ })).toBeTruthy();
    expect(within(callout).getByText(RUNNING_OUT.warning)).toBeTruthy();
    expect(within(callout).getByText('1 written notification due date falls after 31 December 2027, the last day the bank holidays are known for: check it by hand.')).toBeTruthy();
    expect(within(callout).getByRole('link', { name: 'Upload the latest bank holidays' }).getAttribute('href')).toBe('/candour/bank-holidays');
    expect(screen.getAllByText('After the known bank holidays')).toHaveLength(1);
  });
});

describe('the candour of an event', () => {
  it('a specialist confirms what the harm proposes, saying why', async () => {
    const put = vi.fn(async () => ok(DECIDED));
    setupEvent(['patient-safety-specialist'], UNDECIDED, put);
    expect(await screen.findByText(/The system proposes: Moderate physical harm is moderate harm or worse/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save the decision' }));
    expect(screen.getByRole('link', { name: 'Enter why the event is or is not notifiable' }).getAttribute('href')).toBe('#candour-reason');
    expect(put).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Why'), 'Moderate harm confirmed.');
    await userEvent.click(screen.getByRole('button', { name: 'Save the decision' }));
    expect(put).toHaveBeenCalledWith('/api/v1/candour/events/{eventId}/decision', {
      params: { path: { eventId: EVENT_ID } },
      body: { version: 0, notifiable: true, prolongedPsychologicalHarm: false, reason: 'Moderate harm confirmed.' },
    });
    expect(await screen.findByText('Notifiable decision saved.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Candour steps' })).toBeTruthy();
  });

  it('shows the written notification due date and flags it overdue', async () => {
    setupEvent(['chief-nurse'], { ...OVERDUE, mayDecide: false, mayRecordSteps: false });
    expect(await screen.findByRole('heading', { level: 1, name: /PSE-2026-000123/ })).toBeTruthy();
    expect(screen.getByText(/Written notification due 6 January 2027/)).toBeTruthy();
    expect(screen.getAllByText('Overdue').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Save the candour steps' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save the decision' })).toBeNull();
  });

  it('warns in a callout when the written notification is due after the known bank holidays', async () => {
    const warning = 'This due date falls after 31 December 2027, the last day the bank holidays are known for, so a bank holiday before it may not have been skipped. Upload the latest bank holidays from gov.uk.';
    setupEvent(['patient-safety-specialist'], { ...OVERDUE, steps: { ...OVERDUE.steps, writtenDueOn: '2028-01-07', writtenOverdue: false, writtenDueBeyondKnownBankHolidays: true, writtenDueWarning: warning } });
    const callouts = await screen.findAllByTestId('bank-holiday-warning');
    expect(callouts).toHaveLength(1);
    expect(within(callouts[0]).getByText(warning)).toBeTruthy();
    expect(screen.getAllByText(/Written notification due 7 January 2028/).length).toBeGreaterThan(0);
  });

  it('shows no bank holiday warning while the due date is within the known bank holidays', async () => {
    setupEvent(['patient-safety-specialist'], OVERDUE);
    await screen.findAllByText(/Written notification due 6 January 2027/);
    expect(screen.queryByTestId('bank-holiday-warning')).toBeNull();
  });

  it('the assigned lead records the steps but does not decide', async () => {
    setupEvent(['learning-response-lead'], { ...DECIDED, mayDecide: false });
    await screen.findByRole('heading', { name: 'Candour steps' });
    expect(screen.getByRole('button', { name: 'Save the candour steps' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the decision' })).toBeNull();
  });

  it('a specialist records the steps; an API refusal is shown in the error summary on its field', async () => {
    const put = vi.fn(async () => problem(400, [{ field: 'writtenSentOn', code: 'before-event', message: 'The date cannot be before the event occurred (2026-12-10)' }]));
    setupEvent(['patient-safety-specialist'], DECIDED, put);
    await screen.findByRole('heading', { name: 'Candour steps' });
    await typeDate('Date of the verbal notification', '18', '12', '2026');
    await userEvent.type(screen.getByLabelText('Given by'), 'Ward manager');
    await userEvent.type(screen.getByLabelText('Given to'), 'The patient’s daughter');
    await typeDate('Date the written notification was sent', '5', '1', '2027');
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-01-10T12:00:00Z') });
    try {
      await userEvent.click(screen.getByRole('button', { name: 'Save the candour steps' }));
    } finally {
      vi.useRealTimers();
    }
    expect(put).toHaveBeenCalledWith('/api/v1/candour/events/{eventId}/steps', {
      params: { path: { eventId: EVENT_ID } },
      body: { version: 1, verbalNotifiedOn: '2026-12-18', verbalNotifiedBy: 'Ward manager', verbalNotifiedTo: 'The patient’s daughter', writtenSentOn: '2027-01-05' },
    });
    const link = await screen.findByRole('link', { name: 'The date cannot be before the event occurred (2026-12-10)' });
    expect(link.getAttribute('href')).toBe('#candour-written-on-day');
  }, 20_000);
});

describe('bank holidays', () => {
  const holidays = { items: [{ date: '2026-12-25', title: 'Christmas Day' }, { date: '2026-12-28', title: 'Boxing Day (substitute day)' }], coverage: KNOWN_LONG_ENOUGH };

  it('lists the holidays by year; the chief nurse has no upload form', async () => {
    const api = { GET: getByPath({ '/api/v1/candour/bank-holidays': holidays }) } as unknown as ApiClient;
    renderAt('/candour/bank-holidays', [{ path: '/candour/bank-holidays', element: <BankHolidaysPage /> }], authState({ roles: ['chief-nurse'], api }));
    expect(await screen.findByText('Boxing Day (substitute day)')).toBeTruthy();
    expect(screen.getByText('28 December 2026')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Upload bank holidays' })).toBeNull();
    expect(screen.getByText('Bank holidays are known until 31 December 2028.')).toBeTruthy();
    expect(screen.queryByTestId('bank-holiday-warning')).toBeNull();
  });

  it('warns in a callout when the bank holidays held run out within 12 months, until an upload extends them', async () => {
    const post = vi.fn(async () => ok({ yearsReplaced: [2028], holidaysLoaded: 1, items: [...holidays.items, { date: '2028-01-03', title: 'New Year’s Day (substitute day)' }], coverage: KNOWN_LONG_ENOUGH }));
    const api = { GET: getByPath({ '/api/v1/candour/bank-holidays': { ...holidays, coverage: RUNNING_OUT } }), POST: post } as unknown as ApiClient;
    renderAt('/candour/bank-holidays', [{ path: '/candour/bank-holidays', element: <BankHolidaysPage /> }], authState({ roles: ['patient-safety-specialist'], api }));
    const callout = await screen.findByTestId('bank-holiday-warning');
    expect(callout.className).toBe('nhsuk-warning-callout');
    expect(within(callout).getByText(RUNNING_OUT.warning)).toBeTruthy();
    await userEvent.upload(screen.getByLabelText('Bank holiday file'), new File(['2028-01-03,New Year’s Day (substitute day)'], 'h.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload bank holidays' }));
    expect(await screen.findByText('Bank holidays are known until 31 December 2028.')).toBeTruthy();
    expect(screen.queryByTestId('bank-holiday-warning')).toBeNull();
  });

  it('a specialist must choose a file, and a malformed date is shown naming its line', async () => {
    const post = vi.fn(async () => problem(400, [{ field: 'content', code: 'invalid-date', message: 'Line 3: the date "2029-02-30" is not a real date written as YYYY-MM-DD' }]));
    const api = { GET: getByPath({ '/api/v1/candour/bank-holidays': holidays }), POST: post } as unknown as ApiClient;
    renderAt('/candour/bank-holidays', [{ path: '/candour/bank-holidays', element: <BankHolidaysPage /> }], authState({ roles: ['patient-safety-specialist'], api }));
    await userEvent.click(await screen.findByRole('button', { name: 'Upload bank holidays' }));
    expect(screen.getByRole('link', { name: 'Select a bank holiday file' }).getAttribute('href')).toBe('#bank-holiday-file');
    const csv = new File(['date,title\n2029-01-01,New Year’s Day\n2029-02-30,Oops\n'], 'holidays.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Bank holiday file'), csv);
    await userEvent.click(screen.getByRole('button', { name: 'Upload bank holidays' }));
    expect(post).toHaveBeenCalledWith('/api/v1/candour/bank-holidays', { body: { fileName: 'holidays.csv', content: 'date,title\n2029-01-01,New Year’s Day\n2029-02-30,Oops\n' } });
    expect(await screen.findByRole('link', { name: /Line 3: the date "2029-02-30"/ })).toBeTruthy();
  });

  it('an upload replaces the years it holds and the list shows the result', async () => {
    const post = vi.fn(async () => ok({ yearsReplaced: [2029], holidaysLoaded: 1, items: [...holidays.items, { date: '2029-01-01', title: 'New Year’s Day' }], coverage: KNOWN_LONG_ENOUGH }));
    const api = { GET: getByPath({ '/api/v1/candour/bank-holidays': holidays }), POST: post } as unknown as ApiClient;
    renderAt('/candour/bank-holidays', [{ path: '/candour/bank-holidays', element: <BankHolidaysPage /> }], authState({ roles: ['patient-safety-specialist'], api }));
    await userEvent.upload(await screen.findByLabelText('Bank holiday file'), new File(['2029-01-01,New Year’s Day'], 'h.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload bank holidays' }));
    expect(await screen.findByText('Uploaded 1 bank holidays; they replace 2029.')).toBeTruthy();
    expect(screen.getByText('1 January 2029')).toBeTruthy();
  });
});
