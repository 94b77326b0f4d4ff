import { describe, expect, it } from 'vitest';
import { NO_DATE } from '../../shared/components/dateParts';
import { controlFor, fromNotifications, toInput, validate, type NotificationsForm } from './notificationsForm';
import { PSII } from './testResponses';

const TODAY = '2026-11-24';
const form = (over: Partial<NotificationsForm> = {}): NotificationsForm => ({ ...fromNotifications(PSII.externalNotifications), ...over });

describe('external notifications form', () => {
  it('starts from what was recorded and sends it back unchanged, with the version read', () => {
    expect(toInput(form(), 1)).toEqual({
      version: 1,
      lfpseReference: 'LFPSE-7F3K-2291',
      icbNotifiedOn: '2026-11-23',
      otherOrganisations: [{ name: 'East of England Ambulance Service', notifiedOn: '2026-11-23' }],
    });
  });

  it('a notification date may not be in the future', () => {
    const errors = validate(form({ cqcNotifiedOn: { day: '25', month: '11', year: '2026' } }), TODAY);
    expect(errors).toEqual([{ id: 'notifications-cqcNotifiedOn-day', message: 'The date the CQC was notified must be today or in the past' }]);
  });

  it('a date must be real and complete', () => {
    const errors = validate(form({ initialReportSentOn: { day: '30', month: '2', year: '2026' } }), TODAY);
    expect(errors.map((e) => e.message)).toEqual(['The date the initial report was sent must be a real date']);
  });

  it('each other organisation needs a name; its date is optional', () => {
    const errors = validate(form({ otherOrganisations: [{ name: ' ', notifiedOn: { ...NO_DATE } }] }), TODAY);
    expect(errors).toEqual([{ id: 'notifications-organisation-0-name', message: 'Enter the name of organisation 1' }]);
    expect(toInput(form({ otherOrganisations: [{ name: 'Coroner’s office', notifiedOn: { ...NO_DATE } }] }), 1).otherOrganisations).toEqual([{ name: 'Coroner’s office' }]);
  });

  it('places the API field errors on the first box of a date, or nowhere for the response itself', () => {
    expect(controlFor({ field: 'initialReportSentOn', code: 'before-event', message: 'x' })).toBe('notifications-initialReportSentOn-day');
    expect(controlFor({ field: 'otherOrganisations[0].notifiedOn', code: 'in-the-future', message: 'x' })).toBe('notifications-organisation-0-notifiedOn-day');
    expect(controlFor({ field: 'responseId', code: 'invalid-value', message: 'x' })).toBeNull();
  });
});
