import type { EventStatus } from '../../shared/api/types';

export interface TriageFilters {
  status: string;
  physicalHarm: string;
  category: string;
  occurredFrom: string;
  occurredTo: string;
}

export const EMPTY_FILTERS: TriageFilters = { status: '', physicalHarm: '', category: '', occurredFrom: '', occurredTo: '' };

const STATUSES: EventStatus[] = ['submitted', 'in-triage', 'decided', 'closed'];

export function filtersFrom(params: URLSearchParams): TriageFilters {
  return {
    status: STATUSES.includes(params.get('status') as EventStatus) ? (params.get('status') as string) : '',
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

export function toSearch(f: TriageFilters, page = 0): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  if (page > 0) p.set('page', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}
