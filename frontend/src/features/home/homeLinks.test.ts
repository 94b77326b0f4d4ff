import { describe, expect, it } from 'vitest';
import { homeLinks } from './homeLinks';

const texts = (roles: Parameters<typeof homeLinks>[0]) => homeLinks(roles).map((l) => l.text);

describe('home page links by role', () => {
  it('staff report and follow their reports', () => {
    expect(texts(['staff'])).toEqual(['Report a patient safety event', 'My reports', 'Response plan', 'Staff support I give', 'My training']);
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
      'Response plan',
      'People and training',
      'Patient safety partners',
      'Staff support I give',
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
      'Response plan',
      'People and training',
      'Patient safety partners',
      'Staff support I give',
    ]);
  });

  it('the chief nurse\'s links open the lists filtered to what waits for them', () => {
    const hrefs = Object.fromEntries(homeLinks(['chief-nurse']).map((l) => [l.text, l.href]));
    expect(hrefs['Decisions awaiting approval']).toBe('/decisions?status=awaiting-chair-approval');
    expect(hrefs['PSIIs awaiting verification']).toBe('/responses?status=awaiting-verification');
  });

  it('every role, coaches and patient safety partners included, reads the response plan', () => {
    expect(texts(['coach'])).toEqual(['Response plan']);
    expect(texts(['patient-safety-partner'])).toEqual(['Response plan', 'My support and supervision']);
    for (const role of ['workforce-partner', 'improvement-advisor'] as const) {
      expect(texts([role])).toEqual(['Response plan', 'Staff support I give']);
    }
  });

  it('every role that may be a line manager or reviewer finds the staff support they give, coaches and partners not', () => {
    for (const role of ['staff', 'learning-response-lead', 'patient-safety-specialist', 'chief-nurse', 'workforce-partner', 'improvement-advisor'] as const) {
      expect(homeLinks([role]).find((l) => l.text === 'Staff support I give')?.href).toBe('/my-staff-support');
    }
    for (const role of ['coach', 'patient-safety-partner'] as const) {
      expect(texts([role])).not.toContain('Staff support I give');
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
      '/plan',
      '/people',
      '/patient-safety-partners',
      '/my-staff-support',
      '/my-training',
    ]);
    expect(homeLinks(['patient-safety-specialist']).map((l) => l.href)).toContain('/decisions');
    expect(homeLinks(['patient-safety-specialist']).map((l) => l.href)).toContain('/responses');
  });
});
