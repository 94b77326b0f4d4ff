import { useEffect, useState, type FormEvent } from 'react';
import type { FieldMessage } from '../components/fields';
import type { FieldError } from './types';
import { ApiError, NetworkError } from './errors';

export const COMMENT_MAX_LENGTH = 2000;

/** An action on a versioned record with a comment (a chair's approval, a verification) and what it came to. */
export interface CommentedAction {
  comment: string;
  setComment: (c: string) => void;
  /** Problems with the comment, shown on the field. */
  errors: FieldMessage[];
  /** Why the service refused the action, shown in the error summary. */
  refusals: string[];
  /** Someone else changed the record first (409). */
  conflict: boolean;
  submits: number;
  saving: boolean;
  submit: (e: FormEvent) => Promise<void>;
}

interface Options<T> {
  record: { version: number } | null;
  commentId: string;
  /** The message when the comment is left empty; without it the comment is optional. */
  commentRequired?: string;
  /** Said when the caller's roles do not allow the action (403). */
  forbidden: string;
  /** The words for a refusal the service names in a field error (defaults to its message). */
  refusalText?: (error: FieldError) => string;
  send: (version: number, comment: string | undefined) => Promise<T>;
  onDone: (result: T) => void;
}

/** Sends the version read with the comment; checks the comment first and keeps a refusal to show. */
export function useCommentedAction<T>(options: Options<T>): CommentedAction {
  const { record, commentId, commentRequired, forbidden, refusalText = (f) => f.message, send, onDone } = options;
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [submits, setSubmits] = useState(0);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    // A reloaded (changed) record starts afresh.
    setConflict(false);
    setRefusals([]);
  }, [record?.version]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!record || saving) return;
    setSubmits((s) => s + 1);
    setRefusals([]);
    setConflict(false);
    const text = comment.trim();
    if (!text && commentRequired) return setErrors([{ id: commentId, message: commentRequired }]);
    if (text.length > COMMENT_MAX_LENGTH) return setErrors([{ id: commentId, message: 'The comment must be 2,000 characters or fewer' }]);
    setErrors([]);
    setSaving(true);
    try {
      onDone(await send(record.version, text || undefined));
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors?.length) {
        const all = err.problem.errors;
        setErrors(all.filter((f) => f.field === 'comment').map((f) => ({ id: commentId, message: f.message })));
        setRefusals(all.filter((f) => f.field !== 'comment').map(refusalText));
      } else if (err instanceof ApiError && err.status === 409) setConflict(true);
      else if (err instanceof ApiError && err.status === 403) setRefusals([forbidden]);
      else if (err instanceof NetworkError) setRefusals(['We could not connect to the service. Check your connection and try again.']);
      else if (!(err instanceof ApiError && err.status === 401)) setRefusals(['Sorry, there is a problem with the service. Try again later.']);
    } finally {
      setSaving(false);
    }
  };
  return { comment, setComment, errors, refusals, conflict, submits, saving, submit };
}
