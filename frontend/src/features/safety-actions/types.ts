import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type SafetyAction = S['SafetyAction'];
export type SafetyActionSummary = S['SafetyActionSummary'];
export type SafetyActionPage = S['SafetyActionPage'];
export type SafetyActionInput = S['SafetyActionInput'];
export type SafetyActionUpdate = S['SafetyActionUpdate'];
export type SafetyActionStatus = S['SafetyActionStatus'];
export type SafetyActionSource = S['SafetyActionSource'];
export type SafetyActionEffectiveness = S['SafetyActionEffectiveness'];
export type SafetyActionProgressInput = S['SafetyActionProgressInput'];
export type SafetyActionReviewInput = S['SafetyActionReviewInput'];
export type ActionOwnerCandidate = S['ActionOwnerCandidate'];
export type ImprovementPlanSummary = S['ImprovementPlanSummary'];
export type ProgressStatus = SafetyActionProgressInput['status'];
