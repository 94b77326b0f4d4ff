import { useEffect, useState, type FormEvent } from 'react';
import type { FieldMessage } from '../components/fields';
import type { FormProblem } from '../forms/formProblem';
import { useSubmit } from '../forms/useSubmit';
import type { FieldError } from './types';

export const COMMENT_MAX_LENGTH = 2000;

/** An action on a versioned record with a comment (a chair's approval, a verification) and what it came to. */
export interface CommentedAction {
  comment: string;
  setComment: (c: string) => void;
  /** What stopped the last submit: the comment's message, the service's refusals, or a change made meanwhile. */
  problem: FormProblem;
  /** The comment's message, for the comment's control. */
  commentError?: string;
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
  const { record, commentId, commentRequired, forbidden, refusalText, send, onDone } = options;
  const [comment, setComment] = useState('');
  const s = useSubmit({ fieldId: (f) => (f.field === 'comment' ? commentId : null), forbidden, said: refusalText });
  const { clear } = s;
  useEffect(() => {
    // A reloaded (changed) record starts afresh.
    clear();
  }, [record?.version]);

  const check = (): FieldMessage[] => {
    const text = comment.trim();
    if (!text && commentRequired) return [{ id: commentId, message: commentRequired }];
    if (text.length > COMMENT_MAX_LENGTH) return [{ id: commentId, message: 'The comment must be 2,000 characters or fewer' }];
    return [];
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!record) return;
    await s.run(check, async () => onDone(await send(record.version, comment.trim() || undefined)));
  };
  return { comment, setComment, problem: s.problem, commentError: s.fieldErrors[commentId], submits: s.submits, saving: s.saving, submit };
}
