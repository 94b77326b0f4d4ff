import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import type { PlanVersion } from '../../shared/api/types';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate } from '../../shared/components/format';
import { WarningCallout } from '../../shared/components/warning-callout';

/** The red "Review overdue" tag of a plan in force whose period has ended. */
export function ReviewOverdueTag() {
  return <strong className="nhsuk-tag nhsuk-tag--red">Review overdue</strong>;
}

/** A warning callout: the plan in force is past its period, so its review is overdue (`reviewOverdue`). */
export function PlanReviewOverdueCallout({ plan, linkToPlan = false }: { plan: PlanVersion; linkToPlan?: boolean }) {
  if (!plan.reviewOverdue) return null;
  return (
    <WarningCallout heading="Response plan review overdue" testId="plan-review-overdue">
      <p>
        <ReviewOverdueTag /> The response plan in force (version {plan.number}) covered {formatDate(plan.periodFrom)} to {formatDate(plan.periodTo)}: its
        period has ended, so it is overdue for review.
      </p>
      {linkToPlan ? (
        <p>
          <Link to="/plan">Review the response plan</Link>
        </p>
      ) : (
        <p>Start a new draft to review it; the Chief Nurse approves it.</p>
      )}
    </WarningCallout>
  );
}

/**
 * On the home of those who draft the plan (patient safety specialists): the callout when the plan in force is
 * overdue for review; nothing for other roles, while loading, or when no plan is in force.
 */
export function HomePlanReviewOverdue() {
  const { me } = useAuth();
  return mayCall(me?.roles, 'createResponsePlanDraft') ? <LoadedPlanReviewOverdue /> : null;
}

function LoadedPlanReviewOverdue() {
  const { api } = useAuth();
  const plan = useLoad(async () => call(api.GET('/api/v1/response-plan')), [api]);
  if (plan.state !== 'ok' || !plan.data) return null;
  return <PlanReviewOverdueCallout plan={plan.data as PlanVersion} linkToPlan />;
}
