import { describe, expect, it } from 'vitest';
import { emptySupport, toSupportInput, validateSupport } from './supportForm';

const GUIDANCE = [{ code: 'immediate-needs', stage: 'immediate' as const, stageTitle: 'IMMEDIATE SUPPORT', text: 'Line manager explores any immediate support needs' }];

describe('the staff support form', () => {
  it('refuses a step dated in the future', () => {
    const form = { ...emptySupport('Dana Nurse'), lineManager: 'Robin', steps: { 'immediate-needs': { doneOn: { day: '25', month: '11', year: '2026' }, note: '' } } };
    expect(validateSupport(form, GUIDANCE, '2026-11-24')).toEqual([{ id: 'step-immediate-needs-day', message: 'The date of “Line manager explores any immediate support needs” cannot be in the future' }]);
  });

  it('an e-mail address links the reviewer to the directory', () => {
    const form = { ...emptySupport('Dana Nurse'), lineManager: 'Robin', reviewerEmail: ' rev@example.nhs.uk ' };
    expect(toSupportInput(form, GUIDANCE)).toMatchObject({ lineManager: { name: 'Robin' }, reviewer: { email: 'rev@example.nhs.uk' } });
  });

  it('a renamed line manager is sent by name, no longer linked to the directory', () => {
    const before = { id: 'x', version: 3, staffName: 'Dana Nurse', lineManager: { personId: 'p1', name: 'Robin Manager' }, hrContacted: false, steps: [], updatedAt: '2026-11-20T10:00:00Z' };
    const form = { ...emptySupport('Dana Nurse'), lineManager: 'Sky Manager' };
    expect(toSupportInput(form, GUIDANCE, before)).toEqual({ version: 3, staffName: 'Dana Nurse', lineManager: { name: 'Sky Manager' }, hrContacted: false, steps: [] });
  });
});
