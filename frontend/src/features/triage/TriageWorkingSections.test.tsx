import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, problem } from '../../test/fakeApi';
import { CHRONOLOGY, EVENT as event, setupEventPage } from './testEvent';

afterEach(() => vi.unstubAllGlobals());

describe('documents to review', () => {
  it('lists the incident report first, then each document with its kind, who added it and its size', async () => {
    setupEventPage({ documents: [CHRONOLOGY] });
    const section = (await screen.findByRole('heading', { name: 'Documents to review' })).closest('section')!;
    await within(section).findByRole('link', { name: 'Download Chronology of visits' });
    const items = within(section).getAllByRole('listitem');
    expect(items[0].textContent).toMatch(/^Incident report: PSE-2026-000123/);
    expect(items[1].textContent).toMatch(/Chronology: Chronology of visits/);
    expect(items[1].textContent).toMatch(/by Pat Specialist\. Text, 2 KB\./);
  });

  it('downloads a document through the API (with the token) and saves it as a file', async () => {
    const createObjectURL = vi.fn(() => 'blob:doc');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { get } = setupEventPage({ documents: [CHRONOLOGY] });
    await userEvent.click(await screen.findByRole('link', { name: 'Download Chronology of visits' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(get).toHaveBeenCalledWith('/api/v1/events/{eventId}/documents/{documentId}/content', {
      params: { path: { eventId: event.id, documentId: CHRONOLOGY.id } },
      parseAs: 'blob',
    });
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });

  it('adds a typed document and lists it', async () => {
    const post = vi.fn(async () => ok({ ...CHRONOLOGY, id: 'new', kind: 'first-hand-account', kindDisplay: 'First-hand account', title: 'Nurse account' }, 201));
    setupEventPage({ post });
    await userEvent.click(await screen.findByLabelText('First-hand account'));
    await userEvent.type(screen.getByLabelText('Title'), 'Nurse account');
    await userEvent.click(screen.getByLabelText('Type or paste the text'));
    await userEvent.type(screen.getByLabelText('Text'), 'I arrived at 14:10.');
    await userEvent.click(screen.getByRole('button', { name: 'Add document' }));
    expect(post).toHaveBeenCalledWith('/api/v1/events/{eventId}/documents', {
      params: { path: { eventId: event.id } },
      body: { kind: 'first-hand-account', title: 'Nurse account', text: 'I arrived at 14:10.' },
    });
    expect(await screen.findByText('"Nurse account" added.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download Nurse account' })).toBeTruthy();
  });

  it('uploads a file as base64 with its content type', async () => {
    const post = vi.fn(async (_path: string, _init: unknown) => ok({ ...CHRONOLOGY, format: 'file', fileName: 'scan.png' }, 201));
    setupEventPage({ post });
    await userEvent.click(await screen.findByLabelText('Report'));
    await userEvent.type(screen.getByLabelText('Title'), 'Scan');
    await userEvent.click(screen.getByLabelText('Upload a file'));
    await userEvent.upload(screen.getByLabelText('File'), new File(['hello'], 'scan.png', { type: 'image/png' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add document' }));
    await waitFor(() => expect(post).toHaveBeenCalled());
    expect(post.mock.calls[0][1]).toEqual({
      params: { path: { eventId: event.id } },
      body: { kind: 'report', title: 'Scan', file: { fileName: 'scan.png', contentType: 'image/png', contentBase64: 'aGVsbG8=' } },
    });
  });

  it('a file over 5 MB is refused in the browser with the error summary', async () => {
    const post = vi.fn();
    setupEventPage({ post });
    await userEvent.click(await screen.findByLabelText('Chronology'));
    await userEvent.type(screen.getByLabelText('Title'), 'Big');
    await userEvent.click(screen.getByLabelText('Upload a file'));
    await userEvent.upload(screen.getByLabelText('File'), new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add document' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The selected file must be smaller than 5 MB' }).getAttribute('href')).toBe('#doc-file');
    expect(post).not.toHaveBeenCalled();
  });
});

describe('mark as a duplicate', () => {
  it('closes the event as a duplicate of the original, sending the version read', async () => {
    const closed = { ...event, version: 4, status: 'closed', duplicateOf: { id: 'orig', reference: 'PSE-2026-000120' } };
    const put = vi.fn(async () => ok(closed));
    setupEventPage({ put });
    await userEvent.type(await screen.findByLabelText('Reference of the original event'), 'pse-2026-000120');
    await userEvent.click(screen.getByRole('button', { name: 'Close as a duplicate' }));
    expect(put).toHaveBeenCalledWith('/api/v1/events/{eventId}/duplicate', {
      params: { path: { eventId: event.id } },
      body: { version: 3, duplicateOfReference: 'PSE-2026-000120' },
    });
    expect((await screen.findByRole('link', { name: 'PSE-2026-000120' })).getAttribute('href')).toBe('/triage/orig');
    expect(screen.getByText(/This event is closed\. Duplicate of/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close as a duplicate' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Record the panel decision' })).toBeNull();
  });

  it("the service's refusal is shown in the error summary against the reference", async () => {
    const put = vi.fn(async () =>
      problem(400, [{ field: 'duplicateOfReference', code: 'unknown-reference', message: 'There is no event with reference PSE-2026-000999' }]),
    );
    setupEventPage({ put });
    await userEvent.type(await screen.findByLabelText('Reference of the original event'), 'PSE-2026-000999');
    await userEvent.click(screen.getByRole('button', { name: 'Close as a duplicate' }));
    const link = await screen.findByRole('link', { name: 'There is no event with reference PSE-2026-000999' });
    expect(link.getAttribute('href')).toBe('#duplicate-reference');
  });
});

describe('share what was learnt with the reporter', () => {
  it('shares the text with the version read and shows what was shared', async () => {
    const shared = { ...event, version: 4, outcome: { learning: 'Heels are now checked at every visit.', learningSharedAt: '2026-12-01T10:00:00Z' } };
    const put = vi.fn(async () => ok(shared));
    setupEventPage({ put });
    expect(await screen.findByText('Nothing has been shared with the reporter yet.')).toBeTruthy();
    expect(screen.getByText(/Do not name anyone/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('What was learnt'), 'Heels are now checked at every visit.');
    await userEvent.click(screen.getByRole('button', { name: 'Share with the reporter' }));
    expect(put).toHaveBeenCalledWith('/api/v1/events/{eventId}/feedback', {
      params: { path: { eventId: event.id } },
      body: { version: 3, learning: 'Heels are now checked at every visit.' },
    });
    expect(await screen.findByText(/Shared with the reporter on 1 Dec 2026/)).toBeTruthy();
  });

  it('nothing written, nothing sent', async () => {
    const put = vi.fn();
    setupEventPage({ put });
    await userEvent.click(await screen.findByRole('button', { name: 'Share with the reporter' }));
    expect(await screen.findByRole('link', { name: 'Enter what was learnt' })).toBeTruthy();
    expect(put).not.toHaveBeenCalled();
  });
});
