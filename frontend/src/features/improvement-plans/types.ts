import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type ImprovementPlan = S['ImprovementPlan'];
export type ImprovementPlanInput = S['ImprovementPlanInput'];
export type ImprovementPlanSummary = S['ImprovementPlanSummary'];
export type ImprovementPlanPage = S['ImprovementPlanPage'];
export type ImprovementPlanProgress = S['ImprovementPlanProgress'];
export type ImprovementPlanScope = S['ImprovementPlanScope'];
export type ImprovementPlanStatus = S['ImprovementPlanStatus'];
export type ImprovementPlanAction = S['ImprovementPlanAction'];
