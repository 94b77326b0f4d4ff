import { describe, expect, it } from 'vitest';
import { reportStatusText } from './reportStatus';

describe('the status of a report in plain words', () => {
  it('a new report has been received and will be looked at', () => {
    expect(reportStatusText({ status: 'submitted' })).toBe('Received. The patient safety team will look at it.');
  });

  it('a decided report says the team decided how to respond', () => {
    expect(reportStatusText({ status: 'decided' })).toBe('The patient safety team has decided how to respond to it.');
  });

  it('a duplicate says the earlier report is followed up instead, without naming it', () => {
    const text = reportStatusText({ status: 'closed', duplicateOf: { id: 'x', reference: 'PSE-2026-000120' } });
    expect(text).toMatch(/already reported/);
    expect(text).not.toMatch(/PSE-/);
    expect(reportStatusText({ status: 'closed' })).toBe('Closed. The patient safety team has finished with it.');
  });
});
