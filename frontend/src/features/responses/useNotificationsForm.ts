import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { ApiError, NetworkError } from '../../shared/api/errors';
import { useAuth } from '../../shared/auth/AuthContext';
import { todayInUk } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import { controlFor, fromNotifications, toInput, validate, type NotificationsForm } from './notificationsForm';
import type { LearningResponse } from './types';

export interface NotificationsEditing {
  form: NotificationsForm | null;
  setForm: (f: NotificationsForm) => void;
  errors: FieldMessage[];
  refusals: string[];
  conflict: boolean;
  saved: boolean;
  submits: number;
  saving: boolean;
  save: (e: FormEvent) => Promise<void>;
}

/** The external notifications form: filled from the response, checked like the API does, saved with the version read. */
export function useNotificationsForm(response: LearningResponse | null, onSaved: (r: LearningResponse) => void): NotificationsEditing {
  const { api } = useAuth();
  const [form, setForm] = useState<NotificationsForm | null>(null);
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    // A newer version (just saved, or reloaded) replaces what the form holds.
    setForm(response ? fromNotifications(response.externalNotifications) : null);
    setConflict(false);
  }, [response?.id, response?.version]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!response || !form || saving) return;
    setSubmits((s) => s + 1);
    setRefusals([]);
    setConflict(false);
    setSaved(false);
    const errs = validate(form, todayInUk());
    setErrors(errs);
    if (errs.length) return;
    setSaving(true);
    try {
      const updated = await call(
        api.PUT('/api/v1/responses/{responseId}/external-notifications', {
          params: { path: { responseId: response.id } },
          body: toInput(form, response.version),
        }),
      );
      setSaved(true);
      onSaved(updated);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.length) {
        const placed: FieldMessage[] = [];
        const unplaced: string[] = [];
        for (const f of err.problem.errors) {
          const id = controlFor(f);
          if (id) placed.push({ id, message: f.message });
          else unplaced.push(f.message);
        }
        setErrors(placed);
        setRefusals(unplaced);
      } else if (err instanceof ApiError && err.status === 409) setConflict(true);
      else if (err instanceof ApiError && err.status === 403) setRefusals(['You do not have access to record external notifications.']);
      else if (err instanceof NetworkError) setRefusals(['We could not connect to the service. Check your connection and try again.']);
      else if (!(err instanceof ApiError && err.status === 401)) setRefusals(['Sorry, there is a problem with the service. Try again later.']);
    } finally {
      setSaving(false);
    }
  };
  return { form, setForm, errors, refusals, conflict, saved, submits, saving, save };
}
