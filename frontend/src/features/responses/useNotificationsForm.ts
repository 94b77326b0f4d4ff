import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { todayInUk } from '../../shared/components/dateParts';
import type { ErrorMap } from '../../shared/components/fields';
import type { FormProblem } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';
import { controlFor, fromNotifications, toInput, validate, type NotificationsForm } from './notificationsForm';
import type { LearningResponse } from './types';

export interface NotificationsEditing {
  form: NotificationsForm | null;
  setForm: (f: NotificationsForm) => void;
  /** What stopped the last save: messages on the controls, refusals, or a change made meanwhile. */
  problem: FormProblem;
  /** The problem's messages keyed by control id. */
  fieldErrors: ErrorMap;
  saved: boolean;
  submits: number;
  saving: boolean;
  save: (e: FormEvent) => Promise<void>;
}

/** The external notifications form: filled from the response, checked like the API does, saved with the version read. */
export function useNotificationsForm(response: LearningResponse | null, onSaved: (r: LearningResponse) => void): NotificationsEditing {
  const { api } = useAuth();
  const [form, setForm] = useState<NotificationsForm | null>(null);
  const [saved, setSaved] = useState(false);
  const s = useSubmit({ fieldId: controlFor, forbidden: 'You do not have access to record external notifications.' });
  const { clear } = s;
  useEffect(() => {
    // A newer version (just saved, or reloaded) replaces what the form holds.
    setForm(response ? fromNotifications(response.externalNotifications) : null);
    if (s.problem.conflict) clear();
  }, [response?.id, response?.version]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!response || !form) return;
    setSaved(false);
    const sent = await s.run(
      () => validate(form, todayInUk()),
      () =>
        call(
          api.PUT('/api/v1/responses/{responseId}/external-notifications', {
            params: { path: { responseId: response.id } },
            body: toInput(form, response.version),
          }),
        ),
    );
    if (!sent) return;
    setSaved(true);
    onSaved(sent.result);
  };
  return { form, setForm, problem: s.problem, fieldErrors: s.fieldErrors, saved, submits: s.submits, saving: s.saving, save };
}
