import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { ok, problem } from '../../test/fakeApi';
import { authState, renderAt } from '../../test/helpers';
import { BeingFairPage } from './BeingFairPage';
import { CONSIDERED, DELIBERATE_HARM_ACTION, RECORD_ID, record, version } from './fixtures';
import type { BeingFair } from './types';

function setup(roles: Role[], shown: BeingFair, write: ReturnType<typeof vi.fn> = vi.fn(async () => ok(shown))) {
  const get = vi.fn(async () => ok(shown));
  const api = { GET: get, POST: write, PUT: write } as unknown as ApiClient;
  renderAt(`/being-fair/${RECORD_ID}`, [{ path: '/being-fair/:id', element: <BeingFairPage id={RECORD_ID} /> }], authState({ roles, api }));
  return write;
}

const path = { params: { path: { beingFairId: RECORD_ID } } };

describe('the Being Fair tool, one question at a time', () => {
  it('asks the next question in the tool’s words as radios and shows the answers so far', async () => {
    setup(['patient-safety-specialist'], record());
    expect(await screen.findByRole('heading', { level: 1, name: /Being Fair tool/ })).toBeTruthy();
    const question = screen.getByRole('group', { name: /^1a\. Does the learning response indicate that staff in the same peer group/ });
    expect(within(question).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['yes', 'no', 'unsure']);
    expect(within(question).getByLabelText('Unsure')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Q1 Substitution test – to ensure wider system issues have been fully considered' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Answers so far' })).toBeTruthy();
    expect(screen.getByText('Do the concerns raised relate to a patient safety incident?')).toBeTruthy();
    expect(screen.getByText('The patient; the nurse')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Revisit the tool' })).toBeTruthy();
  });

  it('sends the chosen answer with the version read, and shows where it leads', async () => {
    const next = record({ version: 4 });
    const post = setup(['patient-safety-specialist'], record(), vi.fn(async () => ok(next)));
    await screen.findByRole('group', { name: /^1a\./ });
    await userEvent.click(screen.getByLabelText('No'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(post).toHaveBeenCalledWith('/api/v1/being-fair/{beingFairId}/answers', { ...path, body: { version: 3, question: '1a', answer: 'no' } });
  });

  it('says to select an answer, and sends nothing, when none is chosen', async () => {
    const post = setup(['workforce-partner'], record());
    await screen.findByRole('group', { name: /^1a\./ });
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select an answer' }).getAttribute('href')).toBe('#fair-answer');
    expect(post).not.toHaveBeenCalled();
  });

  it('shows the tool’s refusal of an answer out of order in the error summary', async () => {
    const refusal = problem(409, [{ field: 'question', code: 'out-of-order', message: 'Answer the question the tool asks next: 1b' }]);
    setup(['patient-safety-specialist'], record(), vi.fn(async () => ({ ...refusal, error: { ...refusal.error, code: 'conflict' } })));
    await screen.findByRole('group', { name: /^1a\./ });
    await userEvent.click(screen.getByLabelText('Yes'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Answer the question the tool asks next: 1b')).toBeTruthy();
  });

  it('at an end shows the action the tool names in a care card, and the earlier versions', async () => {
    const ended = record({
      current: version({
        considerations: CONSIDERED,
        nextStep: 'ended',
        outcome: { code: 'deliberate-harm', action: DELIBERATE_HARM_ACTION, points: [], revisit: 'If required, revisit the tool as further information from the learning response becomes available.', endedAt: '2026-11-23T11:00:00Z' },
      }),
      earlierVersions: [version({ number: 1, nextStep: 'considerations' })],
    });
    setup(['workforce-partner'], ended);
    const heading = await screen.findByRole('heading', { level: 2, name: /What the tool says to do/ });
    expect(heading.closest('.nhsuk-card--care')).toBeTruthy();
    expect(screen.getByText(DELIBERATE_HARM_ACTION)).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Earlier versions' })).toBeTruthy();
    expect(screen.getByText(/Version 1, started .*, not finished/)).toBeTruthy();
  });

  it('revisiting starts a new version with the version read', async () => {
    const post = setup(['workforce-partner'], record());
    await userEvent.click(await screen.findByRole('button', { name: 'Revisit the tool' }));
    expect(post).toHaveBeenCalledWith('/api/v1/being-fair/{beingFairId}/versions', { ...path, body: { version: 3 } });
  });

  it('asks the three questions to consider first, each required', async () => {
    const put = setup(['patient-safety-specialist'], record({ current: version({ nextStep: 'considerations' }) }));
    await screen.findByRole('heading', { level: 2, name: 'Before using the tool, consider the following questions' });
    await userEvent.type(screen.getByLabelText('Who is hurt?'), 'The patient');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('link', { name: 'Answer “What do they need?”' })).toBeTruthy();
    expect(put).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('What do they need?'), 'Support');
    await userEvent.type(screen.getByLabelText('Whose responsibility is it to meet that need?'), 'Occupational health');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(put).toHaveBeenCalledWith('/api/v1/being-fair/{beingFairId}/considerations', {
      ...path,
      body: { version: 3, whoIsHurt: 'The patient', whatTheyNeed: 'Support', whoseResponsibility: 'Occupational health' },
    });
  });

  it('the named joint user joins; until then the opener waits and nothing can be answered', async () => {
    const waiting = record({ joined: false, mayAnswer: false, jointUser: { name: 'Wes Workforce', role: 'workforce-partner', personId: 'c1000000-5555-4a2e-9a51-2f0e1c7d8b90' }, current: version({ nextStep: 'join' }) });
    const post = setup(['workforce-partner'], { ...waiting, mayJoin: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Join' }));
    expect(post).toHaveBeenCalledWith('/api/v1/being-fair/{beingFairId}/join', path);
  });

  it('the opener waiting for the joint user is told the tool cannot be used by one team alone', async () => {
    setup(['patient-safety-specialist'], record({ joined: false, mayAnswer: false, current: version({ nextStep: 'join' }) }));
    expect(await screen.findByText(/cannot be used by the patient safety team alone/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Join' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('the Chief Nurse reads it without any control to change it', async () => {
    setup(['chief-nurse'], record({ mayAnswer: false }));
    expect(await screen.findByText(/The tool asks next/)).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
