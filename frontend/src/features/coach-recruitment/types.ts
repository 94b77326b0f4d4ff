import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Candidate = S['CoachCandidate'];
export type CandidateSummary = S['CoachCandidateSummary'];
export type CandidateInput = S['CoachCandidateInput'];
export type StepInput = S['RecruitmentStepInput'];
export type StepCode = S['RecruitmentStepCode'];
export type StepView = S['RecruitmentStepView'];
export type JobDescription = S['CoachJobDescription'];
export type WithdrawalInput = S['CoachCandidateWithdrawalInput'];
