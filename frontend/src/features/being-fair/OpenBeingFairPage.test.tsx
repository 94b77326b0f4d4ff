import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { authState, renderAt, ShowLocation } from '../../test/helpers';
import { RECORD_ID, RESPONSE_ID } from './fixtures';
import { OpenBeingFairPage } from './OpenBeingFairPage';

const WES = 'c1000000-5555-4a2e-9a51-2f0e1c7d8b90';

function setup(roles: Role[], post: ReturnType<typeof vi.fn> = vi.fn(async () => ok({ id: RECORD_ID }, 201)), query = `?responseId=${RESPONSE_ID}`) {
  const get = getByPath({
    '/api/v1/responses': { items: [{ id: RESPONSE_ID, reference: 'LR-2026-000004', typeDisplay: 'Swarm huddle' }] },
    '/api/v1/people': { items: [{ id: WES, name: 'Wes Workforce', email: 'wes.workforce@example.nhs.uk', jobRole: 'HR business partner', active: true }], page: 0, size: 100, totalItems: 1, totalPages: 1 },
  });
  const api = { GET: get, POST: post } as unknown as ApiClient;
  renderAt(`/being-fair/new${query}`, [
    { path: '/being-fair/new', element: <OpenBeingFairPage /> },
    { path: '/being-fair/:id', element: <ShowLocation /> },
  ], authState({ roles, api }));
  return post;
}

describe('opening the Being Fair tool', () => {
  it('a specialist opens it for the learning response, naming the workforce partner and the member of staff', async () => {
    const post = setup(['patient-safety-specialist']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Open the Being Fair tool' })).toBeTruthy();
    await screen.findByRole('option', { name: 'Wes Workforce (HR business partner)' });
    expect((screen.getByLabelText('Learning response') as HTMLSelectElement).value).toBe(RESPONSE_ID);
    await userEvent.selectOptions(screen.getByLabelText('Workforce partner who will use the tool with you'), WES);
    await userEvent.type(screen.getByLabelText('Name of the member of staff concerned'), 'Dana Nurse');
    await userEvent.type(screen.getByLabelText('Job role of the member of staff concerned'), 'District nurse');
    await userEvent.click(screen.getByRole('button', { name: 'Open the tool' }));
    expect(post).toHaveBeenCalledWith('/api/v1/being-fair', {
      body: { responseId: RESPONSE_ID, staffName: 'Dana Nurse', staffJobRole: 'District nurse', jointUser: { personId: WES } },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/being-fair/${RECORD_ID}`);
  });

  it('lists what is missing in the error summary and sends nothing', async () => {
    const post = setup(['patient-safety-specialist']);
    await screen.findByRole('option', { name: 'Wes Workforce (HR business partner)' });
    await userEvent.click(screen.getByRole('button', { name: 'Open the tool' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select the workforce partner who will use the tool with you' }).getAttribute('href')).toBe('#fair-joint-user');
    expect(within(summary).getByRole('link', { name: 'Enter the name of the member of staff concerned' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });

  it('a workforce partner names the specialist by e-mail, and the API’s refusal is shown on the field', async () => {
    const post = setup(['workforce-partner'], vi.fn(async () => problem(400, [{ field: 'jointUser.email', code: 'unknown-person', message: 'Select a person from the people directory' }])));
    await userEvent.type(await screen.findByLabelText('E-mail address of the patient safety specialist who will use the tool with you'), 'sue@example.nhs.uk');
    await userEvent.type(screen.getByLabelText('Name of the member of staff concerned'), 'Dana Nurse');
    await userEvent.type(screen.getByLabelText('Job role of the member of staff concerned'), 'District nurse');
    await userEvent.click(screen.getByRole('button', { name: 'Open the tool' }));
    expect(post).toHaveBeenCalledWith('/api/v1/being-fair', {
      body: { responseId: RESPONSE_ID, staffName: 'Dana Nurse', staffJobRole: 'District nurse', jointUser: { email: 'sue@example.nhs.uk' } },
    });
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select a person from the people directory' }).getAttribute('href')).toBe('#fair-joint-user');
  });
});
