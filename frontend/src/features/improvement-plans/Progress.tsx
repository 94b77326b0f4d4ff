import type { ImprovementPlanProgress } from './types';

/** "2 of 5 actions completed", and red tags for what needs attention. */
export function ProgressAtAGlance({ progress, reviewOverdue }: { progress: ImprovementPlanProgress; reviewOverdue: boolean }) {
  const { actions, completed, overdue, notEffective, responses } = progress;
  return (
    <div className="psirf-plan-progress">
      <p className="nhsuk-u-margin-bottom-2">
        {completed} of {actions} {actions === 1 ? 'action' : 'actions'} completed
        <span className="nhsuk-u-visually-hidden">,</span> <span className="nhsuk-u-secondary-text-colour">· {responses} learning {responses === 1 ? 'response' : 'responses'}</span>
      </p>
      {(overdue > 0 || notEffective > 0 || reviewOverdue) && (
        <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
          {overdue > 0 && (
            <li>
              <strong className="nhsuk-tag nhsuk-tag--red">
                {overdue} overdue {overdue === 1 ? 'action' : 'actions'}
              </strong>
            </li>
          )}
          {notEffective > 0 && (
            <li>
              <strong className="nhsuk-tag nhsuk-tag--red">{notEffective} not effective</strong>
            </li>
          )}
          {reviewOverdue && (
            <li>
              <strong className="nhsuk-tag nhsuk-tag--red">Review overdue</strong>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}

export function PlanStatusTag({ status }: { status: 'open' | 'closed' }) {
  return <strong className={`nhsuk-tag ${status === 'open' ? 'nhsuk-tag--blue' : 'nhsuk-tag--grey'}`}>{status === 'open' ? 'Open' : 'Closed'}</strong>;
}
