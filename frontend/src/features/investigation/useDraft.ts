import { useEffect, useState } from 'react';

/** Tells the page whether a section holds typed text not saved yet. */
export type OnDirty = (section: string, dirty: boolean) => void;

export interface Draft<T> {
  /** What the form shows: the typed text, or what was saved. */
  value: T;
  set: (value: T) => void;
  /** Something typed differs from what was saved. */
  dirty: boolean;
  /** Call when this section's own save succeeds: the version it brings replaces the draft. */
  adoptNextVersion: () => void;
}

interface State<T> {
  version: number;
  saved: T;
  value: T;
  adopt: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One section's form state on the work page. Every save gives the work a new version; a section takes the new saved
 * values only when nothing typed in it is unsaved, or when its own save brought them. Another section's save (or a
 * reload after a 409) never replaces what was typed.
 */
export function useDraft<T>(section: string, saved: T, version: number, onDirty: OnDirty): Draft<T> {
  const [state, setState] = useState<State<T>>({ version, saved, value: saved, adopt: false });
  let current = state;
  if (state.version !== version) {
    const keep = !state.adopt && !same(state.value, state.saved);
    current = { version, saved, value: keep ? state.value : saved, adopt: false };
    setState(current);
  }
  const dirty = !same(current.value, current.saved);
  useEffect(() => onDirty(section, dirty), [section, dirty, onDirty]);
  useEffect(() => () => onDirty(section, false), [section, onDirty]);
  return {
    value: current.value,
    set: (value) => setState((s) => ({ ...s, value })),
    dirty,
    adoptNextVersion: () => setState((s) => ({ ...s, adopt: true })),
  };
}
