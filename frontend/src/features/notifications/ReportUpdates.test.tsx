import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { NotificationList, Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { authState, renderAt } from '../../test/helpers';
import { HomePage } from '../home/HomePage';

const LIST: NotificationList = {
  unread: 2,
  items: [
    { id: 11, at: '2026-12-01T10:00:00Z', eventId: 'e1', eventReference: 'PSE-2026-000123', message: 'What was learnt from your report has been shared.', read: false },
    { id: 10, at: '2026-11-25T10:00:00Z', eventId: 'e2', eventReference: 'PSE-2026-000118', message: 'A decision has been made on your report.', read: false },
    { id: 9, at: '2026-11-21T10:00:00Z', eventId: 'e3', eventReference: 'PSE-2026-000101', message: 'Your report is being looked at.', read: true },
  ],
};

function setup({
  roles = ['staff'],
  list = LIST,
  post = vi.fn(async () => ok(undefined, 204)),
}: { roles?: Role[]; list?: NotificationList; post?: ReturnType<typeof vi.fn> } = {}) {
  const get = getByPath({ '/api/v1/me/notifications': list });
  renderAt('/', [{ path: '/', element: <HomePage /> }], authState({ roles, api: { GET: get, POST: post } as unknown as ApiClient }));
  return { get, post };
}

describe('updates on your reports', () => {
  it('the home page of a reporter shows the unread count in words and links each update to its report', async () => {
    setup();
    const banner = await screen.findByRole('region', { name: 'Updates on your reports' });
    expect(within(banner).getByText('You have 2 unread updates.')).toBeTruthy();
    expect(within(banner).getByRole('link', { name: 'PSE-2026-000123' }).getAttribute('href')).toBe('/my-reports/e1');
    expect(within(banner).queryByRole('link', { name: 'PSE-2026-000101' })).toBeNull();
  });

  it('"Report a patient safety event" comes first; the updates are collapsed under their count', async () => {
    setup();
    const banner = await screen.findByRole('region', { name: 'Updates on your reports' });
    const report = screen.getByRole('link', { name: 'Report a patient safety event' });
    expect(report.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('link')[0]).toBe(report);
    const details = within(banner).getByText('2 updates').closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.contains(within(banner).getByRole('link', { name: 'PSE-2026-000123' }))).toBe(true);
    await userEvent.click(within(banner).getByText('2 updates'));
    expect(details.open).toBe(true);
  });

  it('marks every update as read at once', async () => {
    const { post } = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    expect(post).toHaveBeenCalledWith('/api/v1/me/notifications/read-all');
    expect(await screen.findByText('You have no unread updates.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('You have no unread updates.');
    expect(screen.queryByRole('link', { name: 'PSE-2026-000123' })).toBeNull();
    expect(screen.queryByText('2 updates')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  it('a failed "Mark all as read" says so and keeps the updates', async () => {
    setup({ post: vi.fn(async () => problem(500)) });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByText(/The updates could not be marked as read/)).toBeTruthy();
    expect(screen.getByText('You have 2 unread updates.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PSE-2026-000123' })).toBeTruthy();
  });

  it('marks an update as read and counts down', async () => {
    const { post } = setup();
    await userEvent.click(await screen.findByText('2 updates'));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as read the update on PSE-2026-000123' }));
    expect(post).toHaveBeenCalledWith('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId: 11 } } });
    expect(await screen.findByText('You have 1 unread update.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'PSE-2026-000123' })).toBeNull();
  });

  it('a failed mark as read says so and keeps the update', async () => {
    setup({ post: vi.fn(async () => problem(404)) });
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as read the update on PSE-2026-000123' }));
    expect(await screen.findByText(/could not be marked as read/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PSE-2026-000123' })).toBeTruthy();
  });

  it('nothing unread, no banner', async () => {
    const { get } = setup({ list: { unread: 0, items: [{ ...LIST.items[2] }] } });
    await vi.waitFor(() => expect(get).toHaveBeenCalled());
    expect(await screen.findByRole('link', { name: 'My reports' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Updates on your reports' })).toBeNull();
  });

  it('someone who does not report (a coach) is not asked for notifications', () => {
    const { get } = setup({ roles: ['coach'] });
    // The coach's own home panels (coaching, QI projects, programmes) load; the notifications never do.
    expect(get.mock.calls.map((c: unknown[]) => c[0])).not.toContain('/api/v1/me/notifications');
  });
});
