import { describe, expect, it } from 'vitest';
import { FIELD, emptyDecisionForm, fromDecision, mapServerErrors, removeMember, toInput, toUpdate, validate, type DecisionForm } from './decisionForm';
import { DECISION, NO_PROPOSAL, PROPOSAL } from './testDecisions';

const filled = (over: Partial<DecisionForm> = {}): DecisionForm => ({
  ...emptyDecisionForm(),
  members: [
    { name: 'Dr A Senior', role: 'Deputy Chief Nurse' },
    { name: 'B Viability', role: 'Tissue viability lead' },
  ],
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
      'Enter the name of panel member 1',
      'Enter the role of panel member 1',
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

  it('texts longer than the API allows are caught before sending', () => {
    expect(ids(filled({ rationale: 'x'.repeat(4001) }))).toEqual([FIELD.rationale]);
    expect(ids(filled({ minutes: 'x'.repeat(10001) }))).toEqual([FIELD.minutes]);
  });

  it('removing a panel member keeps the chair on the same person, or unmarks it when the chair is removed', () => {
    const three = filled({ members: [...filled().members, { name: 'C Third', role: 'Matron' }], chair: 2 });
    expect(removeMember(three, 0).chair).toBe(1);
    expect(removeMember(three, 2).chair).toBe(-1);
    expect(removeMember(filled({ chair: 0 }), 1).chair).toBe(0);
  });

  it('sends the chair flag on the chosen member, and referral and departure only when they apply', () => {
    const body = toInput(filled({ referralTo: 'police', referralDetail: 'left over', departureRationale: 'left over' }), PROPOSAL, { eventId: 'e1' });
    expect(body).toEqual({
      eventId: 'e1',
      panelMembers: [
        { name: 'Dr A Senior', role: 'Deputy Chief Nurse', chair: true },
        { name: 'B Viability', role: 'Tissue viability lead', chair: false },
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
    expect(form.documentIds).toEqual(['doc-1']);
    expect(toUpdate(form, DECISION.proposal, DECISION.version)).toMatchObject({ version: 2, responseType: 'after-action-review', departureRationale: DECISION.departureRationale });
  });

  it('places the API field errors on the controls; errors about the event itself have no control', () => {
    const mapped = mapServerErrors(
      [
        { field: 'panelMembers', code: 'one-chair-required', message: 'Mark exactly one member as the chair' },
        { field: 'panelMembers[1].role', code: 'required', message: 'Enter the role' },
        { field: 'documentIds[1]', code: 'unknown-document', message: 'This document is not one of the event' },
        { field: 'eventId', code: 'already-decided', message: 'This event already has a decision' },
      ],
      ['doc-1', 'doc-2'],
    );
    expect(mapped.placed.map((p) => p.id)).toEqual([FIELD.chair, FIELD.memberRole(1), FIELD.document('doc-2')]);
    expect(mapped.unplaced).toEqual(['This event already has a decision']);
  });
});
