import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Decision = S['Decision'];
export type DecisionInput = S['DecisionInput'];
export type DecisionUpdate = S['DecisionUpdate'];
export type DecisionStatus = S['DecisionStatus'];
export type DecisionPage = S['DecisionPage'];
export type ResponseProposal = S['ResponseProposal'];
export type ReferralTarget = S['ReferralTarget'];
export type EventDocument = S['EventDocument'];
export type EventLink = S['EventLink'];
export type CaseLink = S['CaseLink'];
