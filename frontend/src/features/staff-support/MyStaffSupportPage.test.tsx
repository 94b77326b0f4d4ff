import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../shared/api/client';
import { authState, renderAt } from '../../test/helpers';
import { MyStaffSupportPage } from './MyStaffSupportPage';
import type { MyStaffSupportList } from './types';

const RESPONSE_ID = 'a1000000-5555-4a2e-9a51-2f0e1c7d8b90';

const MINE: MyStaffSupportList = {
  items: [
    {
      supportId: 'e5000000-5555-4a2e-9a51-2f0e1c7d8b90',
      responseId: RESPONSE_ID,
      reference: 'LR-2026-0003',
      staffName: 'Dana Nurse',
      staffRole: 'District nurse',
      parts: ['line-manager'],
      nextStep: { code: 'immediate-needs', stage: 'immediate', stageTitle: 'IMMEDIATE SUPPORT', text: 'Line manager explores any immediate support needs for their staff and clearly documents this' },
    },
    {
      supportId: 'e6000000-5555-4a2e-9a51-2f0e1c7d8b90',
      responseId: 'a2000000-5555-4a2e-9a51-2f0e1c7d8b90',
      reference: 'LR-2026-0007',
      staffName: 'Kim Carer',
      parts: ['line-manager', 'reviewer'],
    },
  ],
};

function setup(body: MyStaffSupportList) {
  const fetchMock = vi.fn(async (_request: Request) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  const api = createApiClient(async () => 'token', vi.fn(), 'http://app.test');
  renderAt('/my-staff-support', [{ path: '/my-staff-support', element: <MyStaffSupportPage /> }], authState({ roles: ['staff'], api }));
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('staff support I give', () => {
  it('lists each member of staff supported, the part played and the next step, linking to the response’s staff support', async () => {
    const fetchMock = setup(MINE);
    const link = await screen.findByRole('link', { name: 'Dana Nurse' });
    expect(link.getAttribute('href')).toBe(`/responses/${RESPONSE_ID}/staff-support`);
    expect(new URL(fetchMock.mock.calls[0][0].url).pathname).toBe('/api/v1/me/staff-support');
    expect(screen.getByRole('heading', { level: 1, name: 'Staff support I give' })).toBeTruthy();
    expect(document.title).toMatch(/^Staff support I give/);
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]).getByText('LR-2026-0003')).toBeTruthy();
    expect(within(rows[1]).getByText('Line manager')).toBeTruthy();
    expect(within(rows[1]).getByText(/Line manager explores any immediate support needs/)).toBeTruthy();
    expect(within(rows[1]).getByText('Immediate support:')).toBeTruthy();
    expect(within(rows[2]).getByRole('link', { name: 'Kim Carer' }).getAttribute('href')).toBe('/responses/a2000000-5555-4a2e-9a51-2f0e1c7d8b90/staff-support');
    expect(within(rows[2]).getByText('Line manager and Reviewer')).toBeTruthy();
    expect(within(rows[2]).getByText('Every step is done')).toBeTruthy();
    expect(screen.queryByText('You are not supporting anyone at the moment.')).toBeNull();
  });

  it('says so when the person supports no one', async () => {
    setup({ items: [] });
    expect(await screen.findByText('You are not supporting anyone at the moment.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
