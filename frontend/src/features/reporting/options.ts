import type { Code, EventType, Location } from '../../shared/api/types';
import type { Option } from '../../shared/components/fields';
import { EVENT_TYPE_TEXT } from '../../shared/components/format';

export function codeOptions(codes: readonly Code[]): Option[] {
  return codes.map((c) => ({ value: c.code, text: c.display, hint: c.hint }));
}

const EVENT_TYPES: EventType[] = ['incident', 'near-miss', 'no-harm-incident', 'good-care'];

/** The four kinds of event with the labels docs/conventions.md fixes; hints from the taxonomy when it has them. */
export function eventTypeOptions(codes: readonly Code[]): Option[] {
  return EVENT_TYPES.map((t) => ({ value: t, text: EVENT_TYPE_TEXT[t], hint: codes.find((c) => c.code === t)?.hint }));
}

export function locationOptions(locations: readonly Location[]): Option[] {
  // The API orders locations by directorate, service and name.
  return locations.map((l) => ({ value: l.code, text: `${l.name} – ${l.service}`, group: l.directorate }));
}

export function displayOf(codes: readonly Code[], value: string): string {
  return codes.find((c) => c.code === value)?.display ?? value;
}
