const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The most events a case takes (the contract's `eventIds` maxItems). */
export const MAX_CASE_EVENTS = 50;

/** The new case form for these events: `/cases/new?eventId=a&eventId=b`. */
export function newCaseHref(eventIds: readonly string[]): string {
  const params = new URLSearchParams();
  for (const id of eventIds) params.append('eventId', id);
  return `/cases/new?${params.toString()}`;
}

/** The events a new case starts with, from its address: ids only, each once, at most 50. */
export function eventIdsFrom(params: URLSearchParams): string[] {
  const ids = params.getAll('eventId').map((id) => id.trim().toLowerCase()).filter((id) => UUID.test(id));
  return [...new Set(ids)].slice(0, MAX_CASE_EVENTS);
}
