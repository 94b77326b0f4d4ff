import { registerSignOutHook } from '../../shared/auth/signOutHooks';
import { emptyDraft, emptyStaffRow, type ReportDraft } from './model';

const PREFIX = 'psirf.reportDraft.';

/** One draft per signed-in person on this device, so that people sharing a device never see each other's. */
export function draftKey(sub: string): string {
  return PREFIX + sub;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Accepts anything (old versions, hand-edited storage) and returns a complete draft. */
export function sanitiseDraft(raw: unknown): ReportDraft {
  const d = emptyDraft();
  if (!raw || typeof raw !== 'object') return d;
  const r = raw as Record<string, unknown>;
  for (const k of [
    'eventType',
    'date',
    'time',
    'locationCode',
    'categoryCode',
    'physicalHarm',
    'psychologicalHarm',
    'whatHappened',
    'immediateActions',
  ] as const) {
    d[k] = str(r[k]);
  }
  d.patientInvolved = r.patientInvolved === 'yes' || r.patientInvolved === 'no' ? r.patientInvolved : '';
  const p = (r.patient ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(d.patient) as (keyof ReportDraft['patient'])[]) d.patient[k] = str(p[k]);
  if (Array.isArray(r.staff)) {
    const rows = r.staff
      .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object')
      .map((s) => ({ role: str(s.role), name: str(s.name), staffType: str(s.staffType) }));
    d.staff = rows.length ? rows : [emptyStaffRow()];
  }
  d.anonymous = r.anonymous === true;
  return d;
}

export function loadDraft(sub: string, storage: Storage = window.localStorage): ReportDraft {
  try {
    const raw = storage.getItem(draftKey(sub));
    return raw ? sanitiseDraft(JSON.parse(raw)) : emptyDraft();
  } catch {
    return emptyDraft();
  }
}

/** Saves as the user goes; a full or blocked storage must never stop them reporting. */
export function saveDraft(sub: string, draft: ReportDraft, storage: Storage = window.localStorage): boolean {
  try {
    storage.setItem(draftKey(sub), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(sub: string, storage: Storage = window.localStorage): void {
  try {
    storage.removeItem(draftKey(sub));
  } catch {
    // nothing to do
  }
}

export function hasDraft(sub: string, storage: Storage = window.localStorage): boolean {
  try {
    return storage.getItem(draftKey(sub)) !== null;
  } catch {
    return false;
  }
}

registerSignOutHook((sub) => clearDraft(sub));
