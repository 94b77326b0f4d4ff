import { describe, expect, it } from 'vitest';
import { homeLinks } from './homeLinks';

const texts = (roles: Parameters<typeof homeLinks>[0]) => homeLinks(roles).map((l) => l.text);

describe('home page links by role', () => {
  it('staff report and follow their reports', () => {
    expect(texts(['staff'])).toEqual(['Report a patient safety event', 'My reports']);
  });

  it('a patient safety specialist (also staff) also gets the triage queue and audit trail', () => {
    expect(texts(['patient-safety-specialist', 'staff'])).toEqual([
      'Report a patient safety event',
      'My reports',
      'Triage queue',
      'Audit trail',
    ]);
  });

  it('the chief nurse gets the triage queue and audit trail', () => {
    expect(texts(['chief-nurse'])).toEqual(['Triage queue', 'Audit trail']);
  });

  it('coaches and patient safety partners get no links yet', () => {
    expect(texts(['coach'])).toEqual([]);
    expect(texts(['patient-safety-partner'])).toEqual([]);
  });

  it('links go to the agreed paths', () => {
    expect(homeLinks(['staff', 'chief-nurse']).map((l) => l.href)).toEqual(['/report/event', '/my-reports', '/triage', '/audit']);
  });
});
