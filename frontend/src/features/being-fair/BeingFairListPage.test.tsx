import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { ok } from '../../test/fakeApi';
import { authState, renderAt } from '../../test/helpers';
import { BeingFairListPage } from './BeingFairListPage';
import { RECORD_ID, RESPONSE_ID } from './fixtures';
import type { BeingFairList } from './types';

const LIST: BeingFairList = {
  items: [
    { id: RECORD_ID, responseId: RESPONSE_ID, responseReference: 'LR-2026-000004', staffName: 'Dana Nurse', staffJobRole: 'District nurse', openedByName: 'Pat Specialist', jointUserName: 'Wes Workforce', joined: true, currentVersion: 2, outcome: 'health-issue', outcomeAction: 'Follow organisational guidance for health issues affecting work.', updatedAt: '2026-11-23T10:00:00Z' },
  ],
};

function setup(roles: Role[], list: BeingFairList) {
  const get = vi.fn(async () => ok(list));
  renderAt('/being-fair', [{ path: '/being-fair', element: <BeingFairListPage /> }], authState({ roles, api: { GET: get } as unknown as ApiClient }));
  return get;
}

describe('the Being Fair records', () => {
  it('lists my records, linking to each, with where it stands', async () => {
    const get = setup(['workforce-partner'], LIST);
    const link = await screen.findByRole('link', { name: 'Dana Nurse' });
    expect(link.getAttribute('href')).toBe(`/being-fair/${RECORD_ID}`);
    expect(get).toHaveBeenCalledWith('/api/v1/being-fair');
    expect(screen.getByRole('heading', { level: 1, name: 'Being Fair tool' })).toBeTruthy();
    const row = screen.getAllByRole('row')[1];
    expect(within(row).getByText('LR-2026-000004')).toBeTruthy();
    expect(within(row).getByText(/Pat Specialist and Wes Workforce/)).toBeTruthy();
    expect(within(row).getByText(/Version 2: Follow organisational guidance for health issues affecting work\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the Being Fair tool' }).getAttribute('href')).toBe('/being-fair/new');
  });

  it('says so when there are none, and the Chief Nurse cannot open one', async () => {
    setup(['chief-nurse'], { items: [] });
    expect(await screen.findByText('You have no Being Fair records.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open the Being Fair tool' })).toBeNull();
  });
});
