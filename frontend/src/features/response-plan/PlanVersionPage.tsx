import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import type { PlanVersion } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { ErrorSummary } from '../../shared/components/error-summary';
import { BackLink } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';
import { PlanDetails } from './PlanDetails';
import { fieldId } from './planForm';

/** One version; a draft offers "Edit" to specialists and "Approve" to the Chief Nurse. */
export function PlanVersionPage({ id }: { id: string }) {
  const { api, me } = useAuth();
  const result = useLoad(() => call(api.GET('/api/v1/response-plan/versions/{versionId}', { params: { path: { versionId: id } } })), [api, id]);
  const [plan, setPlan] = useState<PlanVersion | null>(null);
  const [approved, setApproved] = useState(false);
  const s = useSubmit({ fieldId: (f) => fieldId(f.field), forbidden: 'You do not have access to approve the response plan.' });
  useEffect(() => setPlan(result.state === 'ok' ? result.data : null), [result.state, result.data]);
  usePageTitle(plan ? `Response plan version ${plan.number}` : 'Response plan version');

  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error') return <ApiErrorView error={result.error} />;
  if (!plan) return <Loading />;
  const isDraft = plan.status === 'draft';
  const canEdit = isDraft && mayCall(me?.roles, 'updateResponsePlanDraft');
  const canApprove = isDraft && mayCall(me?.roles, 'approveResponsePlanVersion');

  const approve = () =>
    s.run(NO_CHECKS, async () => {
      const updated = await call(
        api.POST('/api/v1/response-plan/versions/{versionId}/approval', {
          params: { path: { versionId: plan.id } },
          body: { version: plan.version },
        }),
      );
      setPlan(updated);
      setApproved(true);
    });

  return (
    <>
      <BackLink to="/plan">Response plan</BackLink>
      <ErrorSummary
        problem={s.problem}
        focusKey={s.submits}
        // What the plan still lacks links to the draft's fields (shown in the plan's details).
        title={s.problem.errors.length ? 'This version cannot be approved yet' : undefined}
        conflict={{ title: 'There is a problem', body: <p>Someone else changed this version after you opened it. Reload the page to see the latest version.</p> }}
      />
      {approved && (
        <div className="nhsuk-inset-text" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Version {plan.number} is approved and now in force.</p>
        </div>
      )}
      <h1>
        <span className="nhsuk-caption-l">Response plan</span>
        Version {plan.number}
      </h1>
      <PlanDetails plan={plan} />
      {canEdit && (
        <Link className="nhsuk-button" to={`/plan/versions/${plan.id}/edit`} role="button" draggable="false">
          Edit this draft
        </Link>
      )}
      {canApprove && (
        <>
          <h2>Approve this version</h2>
          <p>Once approved, this version comes into force, replaces the version in force and can no longer be changed.</p>
          <button type="button" className="nhsuk-button" disabled={s.saving} aria-disabled={s.saving} onClick={() => void approve()}>
            Approve
          </button>
        </>
      )}
    </>
  );
}
