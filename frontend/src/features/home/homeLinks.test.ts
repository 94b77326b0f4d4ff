import { describe, expect, it } from 'vitest';
import { homeLinks } from './homeLinks';

const texts = (roles: Parameters<typeof homeLinks>[0]) => homeLinks(roles).map((l) => l.text);

describe('home page links by role', () => {
  it('staff report and follow their reports', () => {
    expect(texts(['staff'])).toEqual(['Report a patient safety event', 'My reports', 'Response plan', 'My actions', 'My coaching', 'Staff support I give', 'Training programmes', 'Communities of practice', 'My training']);
  });

  it('a patient safety specialist (also staff) also gets the triage queue, cases, audit trail, panel decisions and learning responses', () => {
    expect(texts(['patient-safety-specialist', 'staff'])).toEqual([
      'Report a patient safety event',
      'My reports',
      'Triage queue',
      'Cases',
      'Audit trail',
      'Panel decisions',
      'Learning responses',
      'Duty of Candour',
      'Safety improvement plans',
      'Response plan',
      'People and training',
      'Safety actions',
      'My actions',
      'Oversight groups',
      'Patient safety partners',
      'My coaching',
      'Shared coaching records',
      'Staff support I give',
      'Being Fair tool',
      'Training programmes',
      'Communities of practice',
      'My training',
    ]);
  });

  it('the chief nurse gets the triage queue, audit trail, and what waits for their approval or verification', () => {
    expect(texts(['chief-nurse'])).toEqual([
      'Triage queue',
      'Cases',
      'Audit trail',
      'Decisions awaiting approval',
      'PSIIs awaiting verification',
      'Duty of Candour',
      'Safety improvement plans',
      'Response plan',
      'People and training',
      'Safety actions',
      'My actions',
      'Oversight groups',
      'Patient safety partners',
      'Shared coaching records',
      'Staff support I give',
      'Being Fair tool',
      'Training programmes',
      'Communities of practice',
    ]);
  });

  it('the patient safety team and learning response leads find the safety improvement plans, no one else', () => {
    for (const role of ['patient-safety-specialist', 'chief-nurse', 'learning-response-lead'] as const) {
      expect(homeLinks([role]).find((l) => l.text === 'Safety improvement plans')?.href).toBe('/improvement-plans');
    }
    for (const role of ['staff', 'coach', 'patient-safety-partner', 'workforce-partner', 'improvement-advisor'] as const) {
      expect(texts([role])).not.toContain('Safety improvement plans');
    }
  });

  it('the chief nurse\'s links open the lists filtered to what waits for them', () => {
    const hrefs = Object.fromEntries(homeLinks(['chief-nurse']).map((l) => [l.text, l.href]));
    expect(hrefs['Decisions awaiting approval']).toBe('/decisions?status=awaiting-chair-approval');
    expect(hrefs['PSIIs awaiting verification']).toBe('/responses?status=awaiting-verification');
  });

  it('every role, coaches and patient safety partners included, reads the response plan', () => {
    expect(texts(['coach'])).toEqual(['Response plan', 'QI projects', 'Your coaching', 'Coaching contracts', 'Training programmes', 'Communities of practice']);
    expect(texts(['patient-safety-partner'])).toEqual(['Response plan', 'My oversight groups', 'My support and supervision']);
    expect(texts(['improvement-advisor'])).toEqual([
      'Response plan',
      'My actions',
      'Recruiting coaches with lived experience',
      'QI projects',
      'Coach register',
      'Coaching contracts',
      'Staff support I give',
      'Training programmes',
      'Communities of practice',
    ]);
    expect(texts(['workforce-partner'])).toEqual(['Response plan', 'My actions', 'Staff support I give', 'Being Fair tool', 'Training programmes', 'Communities of practice']);
  });

  it('every role that may be a line manager or reviewer finds the staff support they give, coaches and partners not', () => {
    for (const role of ['staff', 'learning-response-lead', 'patient-safety-specialist', 'chief-nurse', 'workforce-partner', 'improvement-advisor'] as const) {
      expect(homeLinks([role]).find((l) => l.text === 'Staff support I give')?.href).toBe('/my-staff-support');
    }
    for (const role of ['coach', 'patient-safety-partner'] as const) {
      expect(texts([role])).not.toContain('Staff support I give');
    }
  });

  it('the patient safety team and the Chief Nurse list every safety action; every role that may own one finds "My actions"', () => {
    for (const role of ['patient-safety-specialist', 'chief-nurse'] as const) {
      expect(homeLinks([role]).find((l) => l.text === 'Safety actions')?.href).toBe('/actions');
    }
    for (const role of ['staff', 'learning-response-lead', 'patient-safety-specialist', 'chief-nurse', 'workforce-partner', 'improvement-advisor'] as const) {
      expect(homeLinks([role]).find((l) => l.text === 'My actions')?.href).toBe('/my-actions');
    }
    for (const role of ['coach', 'patient-safety-partner', 'staff', 'learning-response-lead'] as const) {
      expect(texts([role])).not.toContain('Safety actions');
    }
    for (const role of ['coach', 'patient-safety-partner'] as const) {
      expect(texts([role])).not.toContain('My actions');
    }
  });

  it('the Being Fair tool is linked for its two users and the Chief Nurse, and for no one else', () => {
    for (const role of ['patient-safety-specialist', 'workforce-partner', 'chief-nurse'] as const) {
      expect(homeLinks([role]).find((l) => l.text === 'Being Fair tool')?.href).toBe('/being-fair');
    }
    for (const role of ['staff', 'learning-response-lead', 'coach', 'patient-safety-partner', 'improvement-advisor'] as const) {
      expect(texts([role])).not.toContain('Being Fair tool');
    }
  });

  it('the patient safety team and the Chief Nurse find every oversight group, a partner only their own', () => {
    for (const role of ['patient-safety-specialist', 'chief-nurse'] as const) {
      expect(homeLinks([role]).find((l) => l.text === 'Oversight groups')?.href).toBe('/oversight-groups');
      expect(texts([role])).not.toContain('My oversight groups');
    }
    expect(homeLinks(['patient-safety-partner']).find((l) => l.text === 'My oversight groups')?.href).toBe('/oversight-groups');
    for (const role of ['staff', 'coach', 'learning-response-lead', 'workforce-partner', 'improvement-advisor'] as const) {
      expect(homeLinks([role]).some((l) => l.href === '/oversight-groups')).toBe(false);
    }
  });

  it('the coach register is for the improvement advisors; a coach finds only their own coaching', () => {
    expect(homeLinks(['improvement-advisor']).find((l) => l.text === 'Coach register')?.href).toBe('/coaches');
    expect(homeLinks(['coach']).find((l) => l.text === 'Your coaching')?.href).toBe('/my-coaching');
    for (const role of ['staff', 'coach', 'patient-safety-specialist', 'chief-nurse', 'learning-response-lead', 'workforce-partner', 'patient-safety-partner'] as const) {
      expect(texts([role])).not.toContain('Coach register');
    }
    for (const role of ['staff', 'improvement-advisor', 'patient-safety-specialist', 'chief-nurse', 'patient-safety-partner'] as const) {
      expect(texts([role])).not.toContain('Your coaching');
    }
  });

  it('the register of patient safety partners is for the patient safety team and the chief nurse; a partner finds only their own support', () => {
    for (const role of ['patient-safety-specialist', 'chief-nurse'] as const) {
      expect(homeLinks([role]).find((l) => l.text === 'Patient safety partners')?.href).toBe('/patient-safety-partners');
      expect(texts([role])).not.toContain('My support and supervision');
    }
    expect(homeLinks(['patient-safety-partner']).find((l) => l.text === 'My support and supervision')?.href).toBe('/my-partnership');
    for (const role of ['staff', 'coach', 'learning-response-lead', 'workforce-partner', 'improvement-advisor', 'patient-safety-partner'] as const) {
      expect(texts([role])).not.toContain('Patient safety partners');
    }
  });

  it('every member of staff and every coach finds the training programmes and communities of practice, a partner not', () => {
    for (const role of ['staff', 'coach', 'learning-response-lead', 'patient-safety-specialist', 'chief-nurse', 'workforce-partner', 'improvement-advisor'] as const) {
      expect(homeLinks([role]).find((l) => l.text === 'Training programmes')?.href).toBe('/programmes');
      expect(homeLinks([role]).find((l) => l.text === 'Communities of practice')?.href).toBe('/communities-of-practice');
    }
    expect(texts(['patient-safety-partner'])).not.toContain('Training programmes');
  });

  it('no platform role, no links', () => {
    expect(texts([])).toEqual([]);
  });

  it('links go to the agreed paths', () => {
    expect(homeLinks(['staff', 'chief-nurse']).map((l) => l.href)).toEqual([
      '/report/event',
      '/my-reports',
      '/triage',
      '/cases',
      '/audit',
      '/decisions?status=awaiting-chair-approval',
      '/responses?status=awaiting-verification',
      '/candour',
      '/improvement-plans',
      '/plan',
      '/people',
      '/actions',
      '/my-actions',
      '/oversight-groups',
      '/patient-safety-partners',
      '/coaching',
      '/coaching/shared',
      '/my-staff-support',
      '/being-fair',
      '/programmes',
      '/communities-of-practice',
      '/my-training',
    ]);
    expect(homeLinks(['patient-safety-specialist']).map((l) => l.href)).toContain('/decisions');
    expect(homeLinks(['patient-safety-specialist']).map((l) => l.href)).toContain('/responses');
  });
});
