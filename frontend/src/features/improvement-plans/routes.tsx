import type { RouteObject } from 'react-router';
import { pageRoute } from '../../shared/auth/pageRoute';
import { EditPlanPage } from './EditPlanPage';
import { ImprovementPlansPage } from './ImprovementPlansPage';
import { NewPlanPage } from './NewPlanPage';
import { PlanPage } from './PlanPage';

export const improvementPlansRoutes: RouteObject[] = [
  pageRoute('/improvement-plans', ['listImprovementPlans'], () => <ImprovementPlansPage />),
  pageRoute('/improvement-plans/new', ['createImprovementPlan'], () => <NewPlanPage />),
  pageRoute('/improvement-plans/:id', ['getImprovementPlan'], ({ id = '' }) => <PlanPage id={id} />),
  pageRoute('/improvement-plans/:id/edit', ['getImprovementPlan', 'updateImprovementPlan'], ({ id = '' }) => <EditPlanPage id={id} />),
];
