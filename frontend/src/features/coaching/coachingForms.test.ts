import { describe, expect, it } from 'vitest';
import { NEW_CONTRACT, contractInput, recordFieldId, recordInput, validateContract, validateRecord, type RecordDraft } from './coachingForms';
import { hoursText, weekOf } from './text';

const date = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};
const NONE = { day: '', month: '', year: '' };
const HELD: RecordDraft = {
  happened: 'yes',
  mode: 'in-person',
  heldOn: date('2026-11-30'),
  startsAt: '14:00',
  finishesAt: '15:00',
  minutesSpent: '',
  topic: ' Measures ',
  issuesArising: '',
  actions: [{ action: 'Tally sheet', owner: 'Sam' }, { action: '', owner: '' }],
  nextMeetingOn: date('2026-12-28'),
  cancelledBy: '',
  rescheduledTo: NONE,
  rescheduledBy: '',
};

describe('coaching forms', () => {
  it('a new contract needs the coachee, a team name for a team, an aim and a sensible session length', () => {
    expect(validateContract(NEW_CONTRACT).map((e) => e.id)).toEqual(['contract-coacheeKind', 'contract-coachee', 'contract-aims']);
    const team = { ...NEW_CONTRACT, coacheeKind: 'team' as const, coacheePersonId: 'p', aims: ['inspire'], sessionMinutes: '5' };
    expect(validateContract(team).map((e) => e.id)).toEqual(['contract-teamName', 'contract-sessionMinutes']);
    expect(contractInput({ ...team, teamName: ' Ward 7 ', sessionMinutes: '60' })).toEqual({
      coacheeKind: 'team',
      coacheePersonId: 'p',
      teamName: 'Ward 7',
      aims: ['inspire'],
      frequency: 'About monthly',
      sessionMinutes: 60,
      onQiCourse: false,
    });
  });

  it('a session cannot finish before it starts, and a cancelled session sends no time', () => {
    expect(validateRecord(HELD, '2026-12-02')).toEqual([]);
    expect(validateRecord({ ...HELD, finishesAt: '13:30' }, '2026-12-02')).toEqual([{ id: 'record-finishesAt', message: 'The finish time must be after the start time' }]);
    expect(validateRecord({ ...HELD, heldOn: date('2026-12-03') }, '2026-12-02')[0].id).toBe('record-heldOn-day');
    expect(recordInput(HELD)).toEqual({
      heldOn: '2026-11-30',
      mode: 'in-person',
      cancelled: false,
      startsAt: '14:00',
      finishesAt: '15:00',
      topic: 'Measures',
      actions: [{ action: 'Tally sheet', owner: 'Sam' }],
      nextMeetingOn: '2026-12-28',
    });
    const cancelled: RecordDraft = { ...HELD, happened: 'no', cancelledBy: 'coachee', rescheduledTo: date('2026-12-07'), rescheduledBy: 'coachee' };
    expect(validateRecord(cancelled, '2026-12-02')).toEqual([]);
    expect(recordInput(cancelled)).toEqual({ heldOn: '2026-11-30', mode: 'in-person', cancelled: true, cancelledBy: 'coachee', rescheduledTo: '2026-12-07', rescheduledBy: 'coachee' });
    expect(validateRecord({ ...cancelled, cancelledBy: '' }, '2026-12-02').map((e) => e.id)).toEqual(['record-cancelledBy']);
  });

  it("places the service's field errors on the record form's controls", () => {
    expect(recordFieldId('finishesAt')).toBe('record-finishesAt');
    expect(recordFieldId('heldOn')).toBe('record-heldOn-day');
    expect(recordFieldId('actions[1].owner')).toBe('record-owner-1');
  });

  it('says hours in words and finds the week of a day', () => {
    expect(hoursText(225)).toBe('3 hours 45 minutes');
    expect(hoursText(60)).toBe('1 hour');
    expect(hoursText(45)).toBe('45 minutes');
    expect(weekOf('2026-12-02')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(weekOf('2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });
});
