import type { EventStatus } from '../../shared/api/types';

export interface TriageFilters {
  status: string;
  physicalHarm: string;
  category: string;
  occurredFrom: string;
  occurredTo: string;
}

export const EMPTY_FILTERS: TriageFilters = { status: '', physicalHarm: '', category: '', occurredFrom: '', occurredTo: '' };

/** The queue opens on the events waiting for triage; `?status=all` lists events in every status. */
export const WAITING_STATUS: EventStatus = 'submitted';
const ANY_STATUS = 'all';
export const DEFAULT_FILTERS: TriageFilters = { ...EMPTY_FILTERS, status: WAITING_STATUS };

const STATUSES: EventStatus[] = ['submitted', 'in-triage', 'decided', 'closed'];

function statusFrom(param: string | null): string {
  if (param === ANY_STATUS) return '';
  return STATUSES.includes(param as EventStatus) ? (param as string) : WAITING_STATUS;
}

export function filtersFrom(params: URLSearchParams): TriageFilters {
  return {
    status: statusFrom(params.get('status')),
    physicalHarm: /^[1-5]$/.test(params.get('physicalHarm') ?? '') ? (params.get('physicalHarm') as string) : '',
    category: (params.get('category') ?? '').slice(0, 50),
    occurredFrom: /^\d{4}-\d{2}-\d{2}$/.test(params.get('occurredFrom') ?? '') ? (params.get('occurredFrom') as string) : '',
    occurredTo: /^\d{4}-\d{2}-\d{2}$/.test(params.get('occurredTo') ?? '') ? (params.get('occurredTo') as string) : '',
  };
}

/** Query for GET /api/v1/events and /export: only the filters that are set. */
export function toQuery(f: TriageFilters) {
  return {
    status: (f.status || undefined) as EventStatus | undefined,
    physicalHarm: f.physicalHarm ? Number(f.physicalHarm) : undefined,
    category: f.category || undefined,
    occurredFrom: f.occurredFrom || undefined,
    occurredTo: f.occurredTo || undefined,
  };
}

/** The queue's address for filters `f`: the status always (`all` for any), the other filters when set. */
export function toSearch(f: TriageFilters, page = 0): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  if (!f.status) p.set('status', ANY_STATUS);
  if (page > 0) p.set('page', String(page));
  return `?${p.toString()}`;
}

/** Whether filters other than the queue's default ones are applied. */
export function isFiltered(f: TriageFilters): boolean {
  return (Object.keys(f) as (keyof TriageFilters)[]).some((k) => f[k] !== DEFAULT_FILTERS[k]);
}
