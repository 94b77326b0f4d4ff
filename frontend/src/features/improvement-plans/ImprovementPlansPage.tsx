import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import { useLoad } from '../../shared/api/useApi';
import { useAuth } from '../../shared/auth/AuthContext';
import { mayCall } from '../../shared/auth/roles';
import { formatDate } from '../../shared/components/format';
import { listSearch } from '../../shared/components/listParams';
import { BackLink, Cell, Pagination, TableHead } from '../../shared/components/misc';
import { ApiErrorView, Loading } from '../../shared/components/states';
import { StatusFilter, useStatusList } from '../../shared/components/status-filter';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { PlanStatusTag, ProgressAtAGlance } from './Progress';
import { PLAN_STATUS_TEXT } from './text';
import type { ImprovementPlanStatus } from './types';

const STATUSES: readonly ImprovementPlanStatus[] = ['open', 'closed'];
const PAGE_SIZE = 20;

/** Safety improvement plans, soonest review first, each with its progress at a glance. */
export function ImprovementPlansPage() {
  const { api, me } = useAuth();
  const { status, page } = useStatusList(STATUSES);
  usePageTitle('Safety improvement plans');
  const plans = useLoad(
    () => call(api.GET('/api/v1/improvement-plans', { params: { query: { status, page, size: PAGE_SIZE } } })),
    [api, status, page],
  );

  return (
    <>
      <BackLink to="/">Home</BackLink>
      <h1>Safety improvement plans</h1>
      <p>Plans for the whole organisation, a service, a pathway, a location or a theme. Each brings together safety actions and learning responses, with an owner and a review date.</p>
      {mayCall(me?.roles, 'createImprovementPlan') && (
        <Link className="nhsuk-button nhsuk-button--secondary" to="/improvement-plans/new">
          Start a safety improvement plan
        </Link>
      )}
      <StatusFilter listPath="/improvement-plans" label="Filter the plans" status={status} texts={PLAN_STATUS_TEXT} />
      {plans.state === 'loading' && <Loading />}
      {plans.state === 'error' && <ApiErrorView error={plans.error} />}
      {plans.state === 'ok' && (
        <>
          <p role="status">
            {plans.data.totalItems === 0
              ? 'No plans match.'
              : `${plans.data.totalItems} ${plans.data.totalItems === 1 ? 'plan' : 'plans'}, soonest review first. Page ${page + 1} of ${Math.max(1, plans.data.totalPages)}.`}
          </p>
          {plans.data.items.length > 0 && (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Safety improvement plans, what each is for, its owner, review date and progress</caption>
              <TableHead headings={['Plan', 'For', 'Owner', 'Review by', 'Progress', 'Status']} />
              <tbody className="nhsuk-table__body">
                {plans.data.items.map((p) => (
                  <tr key={p.id} className="nhsuk-table__row">
                    <Cell heading="Plan">
                      <Link to={`/improvement-plans/${p.id}`}>{p.title}</Link>
                      <br />
                      <span className="nhsuk-u-secondary-text-colour">{p.reference}</span>
                    </Cell>
                    <Cell heading="For">{p.scopeDisplay}</Cell>
                    <Cell heading="Owner">{p.ownerName}</Cell>
                    <Cell heading="Review by">{formatDate(p.reviewOn)}</Cell>
                    <Cell heading="Progress">
                      <ProgressAtAGlance progress={p.progress} reviewOverdue={p.reviewOverdue} />
                    </Cell>
                    <Cell heading="Status">
                      <PlanStatusTag status={p.status} />
                    </Cell>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pagination page={page} totalPages={plans.data.totalPages} hrefFor={(n) => `/improvement-plans${listSearch(status ?? '', n)}`} />
        </>
      )}
    </>
  );
}
