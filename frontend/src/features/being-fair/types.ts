import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type BeingFair = S['BeingFair'];
export type BeingFairList = S['BeingFairList'];
export type BeingFairSummary = S['BeingFairSummary'];
export type ToolVersion = S['BeingFairToolVersion'];
export type ToolQuestion = S['BeingFairQuestion'];
export type ToolOutcome = S['BeingFairOutcome'];
export type BeingFairOpenInput = S['BeingFairOpenInput'];
