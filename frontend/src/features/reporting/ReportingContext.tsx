import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { call } from '../../shared/api/client';
import type { Location, Taxonomy } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import type { FieldMessage } from '../../shared/components/fields';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { clearDraft, loadDraft, saveDraft } from './draft';
import { emptyDraft, isEmptyDraft, type ReportDraft, type ReportPage } from './model';

export interface ReportingState {
  draft: ReportDraft;
  update: (change: (d: ReportDraft) => ReportDraft) => void;
  /** Forget the draft here and on the device (after a successful send). */
  reset: () => void;
  taxonomy: Taxonomy;
  locations: Location[];
  serverErrors: Partial<Record<ReportPage, FieldMessage[]>>;
  setServerErrors: (e: Partial<Record<ReportPage, FieldMessage[]>>) => void;
  clearServerErrors: (page: ReportPage) => void;
  /** False when the browser could not store the draft (private mode, storage full). */
  draftSaved: boolean;
  /** True when the draft was found on this device when the report was opened. */
  resumed?: boolean;
}

const Ctx = createContext<ReportingState | null>(null);

export function useReporting(): ReportingState {
  const c = useContext(Ctx);
  if (!c) throw new Error('useReporting outside ReportingProvider');
  return c;
}

export const ReportingStateProvider = Ctx.Provider;

interface Reference {
  taxonomy: Taxonomy;
  locations: Location[];
}

export function ReportingProvider({ children }: { children?: ReactNode }) {
  const { api, user } = useAuth();
  const sub = user?.profile.sub ?? 'unknown';
  const [draft, setDraft] = useState<ReportDraft>(() => loadDraft(sub));
  const [resumed, setResumed] = useState(() => !isEmptyDraft(draft));
  const [draftSaved, setDraftSaved] = useState(true);
  const [serverErrors, setServerErrors] = useState<Partial<Record<ReportPage, FieldMessage[]>>>({});

  const reference = useLoad<Reference>(async () => {
    const [taxonomy, locations] = await Promise.all([
      call(api.GET('/api/v1/reference/taxonomy')),
      call(api.GET('/api/v1/reference/locations')),
    ]);
    return { taxonomy, locations };
  }, [api]);

  const update = useCallback(
    (change: (d: ReportDraft) => ReportDraft) => {
      setDraft((d) => {
        const next = change(d);
        setDraftSaved(saveDraft(sub, next));
        return next;
      });
    },
    [sub],
  );

  const reset = useCallback(() => {
    clearDraft(sub);
    setDraft(emptyDraft());
    setServerErrors({});
    setResumed(false);
  }, [sub]);

  const clearServerErrors = useCallback(
    (page: ReportPage) => setServerErrors((e) => (e[page] ? { ...e, [page]: undefined } : e)),
    [],
  );

  const value = useMemo<ReportingState | null>(
    () =>
      reference.state === 'ok'
        ? {
            draft,
            update,
            reset,
            taxonomy: reference.data.taxonomy,
            locations: reference.data.locations,
            serverErrors,
            setServerErrors,
            clearServerErrors,
            draftSaved,
            resumed,
          }
        : null,
    [draft, update, reset, reference.state, reference.data, serverErrors, clearServerErrors, draftSaved, resumed],
  );

  if (reference.state === 'loading') return <Loading />;
  if (reference.state === 'error') return <ApiErrorView error={reference.error} />;
  return <Ctx.Provider value={value}>{children ?? <Outlet />}</Ctx.Provider>;
}
