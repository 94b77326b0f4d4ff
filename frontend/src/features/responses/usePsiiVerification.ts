import { call } from '../../shared/api/client';
import { useCommentedAction, type CommentedAction } from '../../shared/api/useCommentedAction';
import { useAuth } from '../../shared/auth/AuthContext';
import type { LearningResponse } from './types';

export const VERIFY_COMMENT_ID = 'verification-comment';

export type PsiiVerification = CommentedAction;

/** The Chief Nurse verifies a PSII with a comment (required); sends the version read. */
export function usePsiiVerification(response: LearningResponse | null, onVerified: (r: LearningResponse) => void): PsiiVerification {
  const { api } = useAuth();
  return useCommentedAction({
    record: response,
    commentId: VERIFY_COMMENT_ID,
    commentRequired: 'Enter a comment on the verification',
    forbidden: 'You do not have access to verify a PSII.',
    send: (version, comment) =>
      call(api.POST('/api/v1/responses/{responseId}/verification', {
        params: { path: { responseId: response!.id } },
        body: { version, comment: comment ?? '' },
      })),
    onDone: onVerified,
  });
}
