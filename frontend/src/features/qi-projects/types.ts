import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type QiProject = S['QiProject'];
export type QiProjectSummary = S['QiProjectSummary'];
export type QiProjectInput = S['QiProjectInput'];
export type QiProjectOptions = S['QiProjectOptions'];
export type QiRunChart = S['QiRunChart'];
export type QiRunChartPoint = S['QiRunChartPoint'];
export type QiPrimaryDriver = S['QiPrimaryDriver'];
