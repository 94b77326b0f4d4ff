import type { AuditAction } from '../../shared/api/types';

export const AUDIT_ACTIONS: AuditAction[] = ['create', 'update', 'read', 'list', 'export', 'denied', 'unauthenticated'];

export interface AuditFilters {
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  /** YYYY-MM-DD, UK day */
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function auditFiltersFrom(p: URLSearchParams): AuditFilters {
  const action = p.get('action') ?? '';
  return {
    actor: (p.get('actor') ?? '').slice(0, 100),
    entityType: (p.get('entityType') ?? '').slice(0, 50),
    entityId: (p.get('entityId') ?? '').slice(0, 100),
    action: AUDIT_ACTIONS.includes(action as AuditAction) ? action : '',
    from: DATE.test(p.get('from') ?? '') ? (p.get('from') as string) : '',
    to: DATE.test(p.get('to') ?? '') ? (p.get('to') as string) : '',
  };
}

/** Start of a local day as an instant. */
function startOfDay(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/** The API's `from` is inclusive and `to` exclusive: "to 2026-11-20" means up to the end of that day. */
export function auditQuery(f: AuditFilters) {
  return {
    actor: f.actor.trim() || undefined,
    entityType: f.entityType.trim() || undefined,
    entityId: f.entityId.trim() || undefined,
    action: (f.action || undefined) as AuditAction | undefined,
    from: f.from ? startOfDay(f.from) : undefined,
    to: f.to ? nextDay(f.to) : undefined,
  };
}

export function auditSearch(f: AuditFilters, page = 0): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  if (page > 0) p.set('page', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}
