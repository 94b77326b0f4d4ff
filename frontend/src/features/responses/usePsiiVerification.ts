import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../shared/api/client';
import { ApiError, NetworkError } from '../../shared/api/errors';
import { useAuth } from '../../shared/auth/AuthContext';
import type { FieldMessage } from '../../shared/components/fields';
import type { LearningResponse } from './types';

export const VERIFY_COMMENT_ID = 'verification-comment';
const COMMENT_MAX = 2000;

export interface PsiiVerification {
  comment: string;
  setComment: (c: string) => void;
  errors: FieldMessage[];
  refusals: string[];
  conflict: boolean;
  submits: number;
  saving: boolean;
  verify: (e: FormEvent) => Promise<void>;
}

/** The Chief Nurse verifies a PSII with a comment (required); sends the version read. */
export function usePsiiVerification(response: LearningResponse | null, onVerified: (r: LearningResponse) => void): PsiiVerification {
  const { api } = useAuth();
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setConflict(false);
    setRefusals([]);
  }, [response?.version]);

  const verify = async (e: FormEvent) => {
    e.preventDefault();
    if (!response || saving) return;
    setSubmits((s) => s + 1);
    setRefusals([]);
    setConflict(false);
    const text = comment.trim();
    if (!text) return setErrors([{ id: VERIFY_COMMENT_ID, message: 'Enter a comment on the verification' }]);
    if (text.length > COMMENT_MAX) return setErrors([{ id: VERIFY_COMMENT_ID, message: 'The comment must be 2,000 characters or fewer' }]);
    setErrors([]);
    setSaving(true);
    try {
      const body = { version: response.version, comment: text };
      onVerified(await call(api.POST('/api/v1/responses/{responseId}/verification', { params: { path: { responseId: response.id } }, body })));
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.length) {
        const all = err.problem.errors;
        setErrors(all.filter((f) => f.field === 'comment').map((f) => ({ id: VERIFY_COMMENT_ID, message: f.message })));
        setRefusals(all.filter((f) => f.field !== 'comment').map((f) => f.message));
      } else if (err instanceof ApiError && err.status === 409) setConflict(true);
      else if (err instanceof ApiError && err.status === 403) setRefusals(['You do not have access to verify a PSII.']);
      else if (err instanceof NetworkError) setRefusals(['We could not connect to the service. Check your connection and try again.']);
      else if (!(err instanceof ApiError && err.status === 401)) setRefusals(['Sorry, there is a problem with the service. Try again later.']);
    } finally {
      setSaving(false);
    }
  };
  return { comment, setComment, errors, refusals, conflict, submits, saving, verify };
}
