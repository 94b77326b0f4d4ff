import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Contract = S['CoachingContract'];
export type ContractSummary = S['CoachingContractSummary'];
export type ContractInput = S['CoachingContractInput'];
export type CoachingRecord = S['CoachingRecord'];
export type RecordInput = S['CoachingRecordInput'];
export type Terms = S['CoachingTerms'];
export type SharedRecord = S['SharedCoachingRecord'];
export type Side = S['CoachingSide'];
