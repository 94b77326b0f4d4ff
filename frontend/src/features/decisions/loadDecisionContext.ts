import { call, type ApiClient } from '../../shared/api/client';
import type { PanelPerson } from './decisionForm';
import type { CaseLink, Decision, EventDocument, EventLink, ResponseProposal } from './types';

/** A document the panel may have reviewed, with the event it belongs to (a case has several events). */
export interface ReviewableDocument {
  event: EventLink;
  document: EventDocument;
}

/** Everything the decision form needs besides what the user types. */
export interface DecisionContext {
  events: EventLink[];
  case?: CaseLink;
  proposal: ResponseProposal;
  documents: ReviewableDocument[];
  /** Set when an event is grouped in a case: the decision is then made for the case. */
  inCase?: CaseLink;
  /** The decision being changed (edit only). */
  decision?: Decision;
  /** The active people of the directory, from whom the panel is chosen. */
  people: PanelPerson[];
}

export type DecisionTarget = { eventId: string } | { caseId: string } | { decisionId: string };

async function documentsOf(api: ApiClient, events: EventLink[]): Promise<ReviewableDocument[]> {
  const lists = await Promise.all(
    events.map((event) => call(api.GET('/api/v1/events/{eventId}/documents', { params: { path: { eventId: event.id } } }))),
  );
  return lists.flatMap((docs, i) => docs.map((document) => ({ event: events[i], document })));
}

/** The active people of the directory, by name (the API lists at most 100 a page). */
async function panelPeople(api: ApiClient): Promise<PanelPerson[]> {
  const page = await call(api.GET('/api/v1/people', { params: { query: { size: 100 } } }));
  return page.items.filter((p) => p.active).map((p) => ({ id: p.id, name: p.name, ...(p.jobRole ? { jobRole: p.jobRole } : {}) }));
}

export async function loadDecisionContext(api: ApiClient, target: DecisionTarget): Promise<DecisionContext> {
  const [context, people] = await Promise.all([contextOf(api, target), panelPeople(api)]);
  return { ...context, people };
}

async function contextOf(api: ApiClient, target: DecisionTarget): Promise<Omit<DecisionContext, 'people'>> {
  if ('decisionId' in target) {
    const decision = await call(api.GET('/api/v1/decisions/{decisionId}', { params: { path: { decisionId: target.decisionId } } }));
    // An approved decision cannot be changed: no need to read (and audit) its documents.
    const documents = decision.status === 'awaiting-chair-approval' ? await documentsOf(api, decision.events) : [];
    return { events: decision.events, case: decision.case, proposal: decision.proposal, documents, decision };
  }
  if ('caseId' in target) {
    const [found, proposal] = await Promise.all([
      call(api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId: target.caseId } } })),
      call(api.GET('/api/v1/decisions/proposal', { params: { query: { caseId: target.caseId } } })),
    ]);
    const events = found.events.map((e) => ({ id: e.id, reference: e.reference }));
    const documents = await documentsOf(api, events);
    return { events, case: { id: found.id, reference: found.reference, title: found.title }, proposal, documents };
  }
  const [event, proposal, docs] = await Promise.all([
    call(api.GET('/api/v1/events/{eventId}', { params: { path: { eventId: target.eventId } } })),
    call(api.GET('/api/v1/decisions/proposal', { params: { query: { eventId: target.eventId } } })),
    call(api.GET('/api/v1/events/{eventId}/documents', { params: { path: { eventId: target.eventId } } })),
  ]);
  const link = { id: event.id, reference: event.reference };
  return { events: [link], proposal, documents: docs.map((document) => ({ event: link, document })), inCase: event.case };
}
