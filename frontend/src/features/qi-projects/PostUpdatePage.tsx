import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call } from '../../shared/api/client';
import { useAuth } from '../../shared/auth/AuthContext';
import { ErrorSummary } from '../../shared/components/error-summary';
import { Textarea, type FieldMessage } from '../../shared/components/fields';
import { BackLink } from '../../shared/components/misc';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { hasProblem, placedBy } from '../../shared/forms/formProblem';
import { useSubmit } from '../../shared/forms/useSubmit';

const FIELD = { progress: 'update-progress', nextSteps: 'update-nextSteps', helpNeeded: 'update-helpNeeded' };

export function validateUpdate(d: { progress: string }): FieldMessage[] {
  return d.progress.trim() ? [] : [{ id: FIELD.progress, message: 'Enter the progress made this month' }];
}

/** The monthly progress update to the sponsor, posted by a team member or a coach of the project. */
export function PostUpdatePage({ projectId }: { projectId: string }) {
  const { api } = useAuth();
  const navigate = useNavigate();
  const [d, setD] = useState({ progress: '', nextSteps: '', helpNeeded: '' });
  const set = (change: Partial<typeof d>) => setD((old) => ({ ...old, ...change }));
  const save = useSubmit(placedBy(FIELD, 'Only a member of the project’s team or a coach of it posts the monthly update.'));
  const back = `/qi-projects/${projectId}`;
  const submit = save.handle(
    () => validateUpdate(d),
    async () => {
      await call(
        api.POST('/api/v1/qi-projects/{projectId}/updates', {
          params: { path: { projectId } },
          body: {
            progress: d.progress.trim(),
            ...(d.nextSteps.trim() ? { nextSteps: d.nextSteps.trim() } : {}),
            ...(d.helpNeeded.trim() ? { helpNeeded: d.helpNeeded.trim() } : {}),
          },
        }),
      );
      navigate(back);
    },
  );
  usePageTitle('Post the monthly update', hasProblem(save.problem));
  const e = save.fieldErrors;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>The project</BackLink>
        <ErrorSummary problem={save.problem} focusKey={save.submits} titleId="update-problem" />
        <h1>Post the monthly update</h1>
        <p>The project’s sponsor reads it on the project’s page.</p>
        <form noValidate onSubmit={(ev) => void submit(ev)} aria-label="Monthly update">
          <Textarea id={FIELD.progress} label="Progress this month" rows={4} maxLength={2000} value={d.progress} onChange={(progress) => set({ progress })} error={e[FIELD.progress]} />
          <Textarea id={FIELD.nextSteps} label="Next steps (optional)" rows={3} maxLength={2000} value={d.nextSteps} onChange={(nextSteps) => set({ nextSteps })} error={e[FIELD.nextSteps]} />
          <Textarea id={FIELD.helpNeeded} label="Help needed from the sponsor (optional)" rows={2} maxLength={1000} value={d.helpNeeded} onChange={(helpNeeded) => set({ helpNeeded })} error={e[FIELD.helpNeeded]} />
          <button className="nhsuk-button" type="submit" disabled={save.saving} aria-disabled={save.saving}>
            Post the update
          </button>
        </form>
      </div>
    </div>
  );
}
