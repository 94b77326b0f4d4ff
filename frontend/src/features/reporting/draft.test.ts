import { describe, expect, it } from 'vitest';
import { clearDraftsOnSignOut } from '../../shared/auth/signOutHooks';
import { clearDraft, draftKey, hasDraft, loadDraft, sanitiseDraft, saveDraft } from './draft';
import { emptyDraft } from './model';

describe('report draft storage', () => {
  it('starts empty', () => {
    expect(loadDraft('sam')).toEqual(emptyDraft());
    expect(hasDraft('sam')).toBe(false);
  });

  it('keeps what was entered across a reload', () => {
    const d = { ...emptyDraft(), eventType: 'near-miss', whatHappened: 'Wrong dose prepared, noticed before giving.' };
    expect(saveDraft('sam', d)).toBe(true);
    expect(window.localStorage.getItem(draftKey('sam'))).not.toBeNull();
    expect(loadDraft('sam')).toEqual(d);
  });

  it('keeps one draft per person', () => {
    saveDraft('sam', { ...emptyDraft(), eventType: 'incident' });
    expect(loadDraft('pat').eventType).toBe('');
  });

  it('is cleared after sending', () => {
    saveDraft('sam', { ...emptyDraft(), eventType: 'incident' });
    clearDraft('sam');
    expect(hasDraft('sam')).toBe(false);
    expect(loadDraft('sam')).toEqual(emptyDraft());
  });

  it('is cleared when the person signs out', () => {
    saveDraft('sam', { ...emptyDraft(), eventType: 'incident' });
    clearDraftsOnSignOut('sam');
    expect(hasDraft('sam')).toBe(false);
  });

  it('survives corrupt or old stored data', () => {
    window.localStorage.setItem(draftKey('sam'), '{not json');
    expect(loadDraft('sam')).toEqual(emptyDraft());
    const old = sanitiseDraft({ eventType: 'incident', staff: [{ role: 'Nurse' }], patientInvolved: 'maybe', anonymous: 'yes' });
    expect(old.eventType).toBe('incident');
    expect(old.staff).toEqual([{ role: 'Nurse', name: '', staffType: '' }]);
    expect(old.patientInvolved).toBe('');
    expect(old.anonymous).toBe(false);
  });

  it('reports failure instead of throwing when storage is full', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    expect(saveDraft('sam', emptyDraft(), full)).toBe(false);
  });
});
