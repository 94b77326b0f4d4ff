import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import { authState, renderAt } from '../../test/helpers';
import { EngagementPage } from './EngagementPage';
import { ALEX, ENGAGEMENT, PERSON_ID, RESPONSE_ID } from './testEngagement';

const ok = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });

function setup(post = vi.fn(async () => ok(ALEX, 201)), engagement = ENGAGEMENT) {
  const api = { GET: vi.fn(async () => ok(engagement)), POST: post, PUT: post } as unknown as ApiClient;
  renderAt(`/responses/${RESPONSE_ID}/engagement`, [{ path: '/responses/:id/engagement', element: <EngagementPage id={RESPONSE_ID} /> }], authState({ roles: ['learning-response-lead'], api }));
  return post;
}

describe('engagement and involvement', () => {
  it('shows the people affected with an overdue contact, the contact log and the guiding principles', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: /Engagement and involvement/ })).toBeTruthy();
    const card = screen.getByRole('region', { name: 'Alex Morgan' });
    expect(within(card).getByText('Contact overdue')).toBeTruthy();
    expect(within(card).getByText('22 November 2026 (overdue)')).toBeTruthy();
    expect(within(card).getByText('Terms of reference, Draft report')).toBeTruthy();
    expect(within(card).getByText(/15 November 2026: initial contact \(Telephone\)/)).toBeTruthy();
    expect(screen.getByText('Guiding principles for engagement and involvement')).toBeTruthy();
    expect(screen.getByText('Strive for equity')).toBeTruthy();
    // A lead may open the response (getLearningResponse admits learning-response-lead): the back link is there.
    expect(screen.getByRole('link', { name: 'Learning response' }).getAttribute('href')).toBe(`/responses/${RESPONSE_ID}`);
  });

  // Many fields typed on a shared 2-core machine: more than the default 5 s under load.
  it('records a contact with the checklist of the stage, after checking it', { timeout: 15000 }, async () => {
    const post = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Record a contact with Alex Morgan' }));
    expect(screen.getByRole('heading', { level: 1, name: /Record a contact with Alex Morgan/ })).toBeTruthy();
    expect(screen.getByText('Apologies are meaningful')).toBeTruthy();
    const date = screen.getByRole('group', { name: 'Date of contact' });
    await userEvent.type(within(date).getByLabelText('Day'), '20');
    await userEvent.type(within(date).getByLabelText('Month'), '11');
    await userEvent.type(within(date).getByLabelText('Year'), '2026');
    await userEvent.type(screen.getByLabelText('How was the contact made?'), 'Phone');
    await userEvent.click(screen.getByLabelText('Initial contact'));
    await userEvent.click(screen.getByLabelText('Explore any support / access needs'));
    await userEvent.type(screen.getByLabelText('Note on “Explore any support / access needs” (optional)'), 'BSL');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check the contact before saving it' })).toBeTruthy();
    expect(screen.getByText('Done: Explore any support / access needs – BSL')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(post).toHaveBeenCalledWith('/api/v1/responses/{responseId}/people-affected/{personAffectedId}/contacts', {
      params: { path: { responseId: RESPONSE_ID, personAffectedId: PERSON_ID } },
      body: { contactedOn: '2026-11-20', method: 'Phone', stage: 'initial', checklist: [{ code: 'su-initial-access-needs', done: true, note: 'BSL' }] },
    });
    expect(await screen.findByText('Contact with Alex Morgan saved.')).toBeTruthy();
  });

  it('a person needs a name and a named contact before anything is sent', async () => {
    const post = setup();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a person affected' }));
    await userEvent.click(screen.getByLabelText('Carer'));
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(screen.getByRole('link', { name: "Enter the person's name" }).getAttribute('href')).toBe('#person-name');
    expect(screen.getByRole('link', { name: 'Enter the member of staff who is their named contact' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });

  it('a closed response offers no changes', async () => {
    setup(undefined, { ...ENGAGEMENT, status: 'closed', acceptsChanges: false });
    expect(await screen.findByText(/This learning response is closed/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a person affected' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Record a contact/ })).toBeNull();
  });
});
