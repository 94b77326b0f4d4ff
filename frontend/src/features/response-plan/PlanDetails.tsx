import type { PlanStatus, PlanVersion, PlannedResponse } from '../../shared/api/types';
import { formatDate, formatDateTime } from '../../shared/components/format';
import { Cell, SummaryList, TableHead } from '../../shared/components/misc';
import { EQUALITY_GROUPS, IMPACT_TEXT, fieldId } from './planForm';
import { ReviewOverdueTag } from './PlanReviewOverdue';

export const PLAN_STATUS_TEXT: Record<PlanStatus, string> = {
  draft: 'Draft',
  'in-force': 'In force',
  superseded: 'Superseded',
};

const STATUS_COLOUR: Record<PlanStatus, string> = {
  draft: 'nhsuk-tag--yellow',
  'in-force': 'nhsuk-tag--green',
  superseded: 'nhsuk-tag--grey',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <strong className={`nhsuk-tag ${STATUS_COLOUR[status]}`}>{PLAN_STATUS_TEXT[status]}</strong>;
}

function PrioritiesTable({ caption, items, list }: { caption: string; items: PlannedResponse[]; list: string }) {
  if (items.length === 0) return <p>None recorded.</p>;
  return (
    <table className="nhsuk-table-responsive">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <TableHead headings={['Issue or category', 'Planned response', 'Rationale', 'Improvement work']} />
      <tbody className="nhsuk-table__body">
        {items.map((p, i) => (
          <tr key={i} className="nhsuk-table__row" id={fieldId(`${list}[${i}]`)}>
            <Cell heading="Issue or category">
              <span>
                {p.issue ?? p.categoryDisplay ?? p.categoryCode}
                {p.issue && (p.categoryDisplay ?? p.categoryCode) && (
                  <>
                    <br />
                    <span className="nhsuk-u-secondary-text-colour nhsuk-u-font-size-16">Category: {p.categoryDisplay ?? p.categoryCode}</span>
                  </>
                )}
              </span>
            </Cell>
            <Cell heading="Planned response">
              {p.responseTypeDisplay}
            </Cell>
            <Cell heading="Rationale">
              {p.rationale ?? ''}
            </Cell>
            <Cell heading="Improvement work">
              {p.improvementLink ?? ''}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A plan version as everyone reads it: period, priorities, and the equality impact assessment. */
export function PlanDetails({ plan }: { plan: PlanVersion }) {
  const eia = plan.equalityImpact;
  return (
    <>
      <SummaryList
        rows={[
          {
            key: 'Status',
            value: (
              <>
                <PlanStatusTag status={plan.status} />
                {plan.reviewOverdue && (
                  <>
                    {' '}
                    <ReviewOverdueTag />
                  </>
                )}
              </>
            ),
          },
          { key: 'Period', value: `${formatDate(plan.periodFrom)} to ${formatDate(plan.periodTo)}` },
          { key: 'Review date', value: formatDate(plan.reviewDate) },
          ...(plan.approvedAt
            ? [{ key: 'Approved', value: `${formatDateTime(plan.approvedAt)}${plan.approvedBy ? ` by ${plan.approvedBy}` : ''}` }]
            : [{ key: 'Last changed', value: `${formatDateTime(plan.updatedAt)}${plan.updatedBy ? ` by ${plan.updatedBy}` : ''}` }]),
          ...(plan.supersededAt ? [{ key: 'Superseded', value: formatDateTime(plan.supersededAt) }] : []),
        ]}
      />
      <h2>National requirements</h2>
      <PrioritiesTable caption="National requirements and their planned responses" items={plan.nationalRequirements} list="nationalRequirements" />
      <h2>Local priorities</h2>
      <PrioritiesTable caption="Local priorities and their planned responses" items={plan.localPriorities} list="localPriorities" />
      <h2>Equality impact assessment</h2>
      <p className="nhsuk-body-s">RAPID Equality and Diversity Impact Assessment tool.</p>
      {eia.negativeImpact && (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Full assessment required
            </span>
          </h3>
          <p>A negative impact was identified, so a full Equality Impact Assessment is required before approval.</p>
        </div>
      )}
      <SummaryList
        rows={[
          { key: 'Reviewer', value: <span id={fieldId('equalityImpact.reviewerName')} tabIndex={-1}>{eia.reviewerName ?? ''}</span> },
          { key: 'Reviewer’s job role', value: <span id={fieldId('equalityImpact.reviewerRole')} tabIndex={-1}>{eia.reviewerRole ?? ''}</span> },
          { key: 'Date of review', value: <span id={fieldId('equalityImpact.reviewedOn')} tabIndex={-1}>{formatDate(eia.reviewedOn)}</span> },
        ]}
      />
      <table className="nhsuk-table-responsive">
        <caption className="nhsuk-table__caption">Impact on each group</caption>
        <TableHead headings={['Group', 'Impact', 'Comments']} />
        <tbody className="nhsuk-table__body">
          {EQUALITY_GROUPS.map((g, i) => {
            const row = eia.groups.find((x) => x.group === g.code);
            return (
              <tr key={g.code} className="nhsuk-table__row">
                <Cell heading="Group">
                  {g.label}
                </Cell>
                <td className="nhsuk-table__cell" id={fieldId(`equalityImpact.groups[${i}].impact`)} tabIndex={-1}>
                  <span className="nhsuk-table-responsive__heading" aria-hidden="true">Impact </span>
                  {row?.impact ? IMPACT_TEXT[row.impact] : 'Not answered'}
                </td>
                <Cell heading="Comments">
                  {row?.comments ?? ''}
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3 id={fieldId('equalityImpact.fullAssessment')} tabIndex={-1}>
        Full equality impact assessment
      </h3>
      {eia.fullAssessment ? (
        <SummaryList
          rows={[
            { key: 'Title', value: eia.fullAssessment.title ?? '' },
            { key: 'Completed', value: formatDate(eia.fullAssessment.completedOn) },
            { key: 'Summary', value: eia.fullAssessment.summary ?? '' },
          ]}
        />
      ) : (
        <p>{eia.fullAssessmentRequired ? 'Required, not recorded yet.' : 'Not required: no negative impact was identified.'}</p>
      )}
    </>
  );
}
