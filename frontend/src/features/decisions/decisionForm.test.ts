import type { FieldError } from '../../shared/api/types';
import { describe, expect, it } from 'vitest';
import { FIELD, emptyDecisionForm, fromDecision, controlFor, removeMember, toInput, toUpdate, validate, type DecisionForm } from './decisionForm';
import { CHAIR_ID, DECISION, MEMBER_ID, NO_PROPOSAL, PROPOSAL } from './testDecisions';

const filled = (over: Partial<DecisionForm> = {}): DecisionForm => ({
  ...emptyDecisionForm(),
  members: [{ personId: CHAIR_ID }, { personId: MEMBER_ID }],
  chair: 0,
  responseType: 'multi-incident-review',
  rationale: 'Third ulcer this quarter.',
  minutes: 'Panel met on 23 November.',
  ...over,
});

const ids = (form: DecisionForm, proposal = PROPOSAL) => validate(form, proposal).map((e) => e.id);

describe('panel decision form', () => {
  it('an empty form asks for the panel, its chair, the response, the rationale and the minutes', () => {
    expect(validate(emptyDecisionForm(), PROPOSAL).map((e) => e.message)).toEqual([
      'Select panel member 1 from the people directory',
      'Select the chair of the panel',
      'Select the response the panel decided',
      'Enter the rationale for the decision',
      'Enter the minutes of the panel meeting',
    ]);
  });

  it('a complete decision that follows the proposal has no errors', () => {
    expect(validate(filled(), PROPOSAL)).toEqual([]);
  });

  it('a response other than the one proposed needs the reason for departing from it', () => {
    expect(ids(filled({ responseType: 'psii' }))).toEqual([FIELD.departureRationale]);
    expect(ids(filled({ responseType: 'psii', departureRationale: 'Family concerns.' }))).toEqual([]);
  });

  it('when nothing is proposed there is nothing to depart from', () => {
    expect(ids(filled({ responseType: 'psii' }), NO_PROPOSAL)).toEqual([]);
  });

  it('a referral says who it goes to', () => {
    expect(ids(filled({ responseType: 'referral', departureRationale: 'Safeguarding concern.' }))).toEqual([FIELD.referralTo]);
  });

  it('each panel member is chosen from the people directory, once', () => {
    expect(ids(filled({ members: [{ personId: CHAIR_ID }, { personId: CHAIR_ID }] }))).toEqual([FIELD.memberPerson(1)]);
  });

  it('texts longer than the API allows are caught before sending', () => {
    expect(ids(filled({ rationale: 'x'.repeat(4001) }))).toEqual([FIELD.rationale]);
    expect(ids(filled({ minutes: 'x'.repeat(10001) }))).toEqual([FIELD.minutes]);
  });

  it('removing a panel member keeps the chair on the same person, or unmarks it when the chair is removed', () => {
    const three = filled({ members: [...filled().members, { personId: 'p-third' }], chair: 2 });
    expect(removeMember(three, 0).chair).toBe(1);
    expect(removeMember(three, 2).chair).toBe(-1);
    expect(removeMember(filled({ chair: 0 }), 1).chair).toBe(0);
  });

  it('sends the organisation leading the investigation only when one is named', () => {
    expect(toInput(filled({ leadOrganisation: ' Northshire Trust ' }), PROPOSAL, { eventId: 'e1' })).toMatchObject({ leadOrganisation: 'Northshire Trust' });
    expect(toInput(filled({ leadOrganisation: ' ' }), PROPOSAL, { eventId: 'e1' })).not.toHaveProperty('leadOrganisation');
  });

  it('sends the chair flag on the chosen member, and referral and departure only when they apply', () => {
    const body = toInput(filled({ referralTo: 'police', referralDetail: 'left over', departureRationale: 'left over' }), PROPOSAL, { eventId: 'e1' });
    expect(body).toEqual({
      eventId: 'e1',
      panelMembers: [
        { personId: CHAIR_ID, chair: true },
        { personId: MEMBER_ID, chair: false },
      ],
      reportReviewed: true,
      documentIds: [],
      responseType: 'multi-incident-review',
      rationale: 'Third ulcer this quarter.',
      minutes: 'Panel met on 23 November.',
    });
    const referral = toInput(filled({ responseType: 'referral', referralTo: 'police', departureRationale: ' Police asked. ' }), PROPOSAL, { caseId: 'c1' });
    expect(referral).toMatchObject({ caseId: 'c1', referralTo: 'police', departureRationale: 'Police asked.' });
    expect(referral).not.toHaveProperty('eventId');
  });

  it('an edit starts from the decision and sends its version', () => {
    const form = fromDecision(DECISION);
    expect(form.chair).toBe(0);
    expect(form.members).toEqual([{ personId: CHAIR_ID }, { personId: MEMBER_ID }]);
    expect(form.documentIds).toEqual(['doc-1']);
    expect(toUpdate(form, DECISION.proposal, DECISION.version)).toMatchObject({ version: 2, responseType: 'after-action-review', departureRationale: DECISION.departureRationale });
  });

  it('places the API field errors on the controls; errors about the event itself have no control', () => {
    const errors: FieldError[] = [
      { field: 'panelMembers', code: 'one-chair-required', message: 'Mark exactly one member as the chair' },
      { field: 'panelMembers[1].personId', code: 'unknown-person', message: 'Select the panel member from the people directory' },
      { field: 'responseType', code: 'psii-minimum', message: 'Unexpected death or severe harm warrants a PSII at minimum' },
      { field: 'documentIds[1]', code: 'unknown-document', message: 'This document is not one of the event' },
      { field: 'eventId', code: 'already-decided', message: 'This event already has a decision' },
    ];
    expect(errors.map((e) => controlFor(e, ['doc-1', 'doc-2']))).toEqual([FIELD.chair, FIELD.memberPerson(1), FIELD.responseType, FIELD.document('doc-2'), null]);
  });
});
