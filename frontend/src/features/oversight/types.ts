import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type OversightGroup = S['OversightGroup'];
export type OversightGroupList = S['OversightGroupList'];
export type OversightFigures = S['OversightFigures'];
export type OversightCount = S['OversightCount'];
export type DeidentifiedResponse = S['DeidentifiedResponse'];
export type DeidentifiedPlan = S['DeidentifiedPlan'];
export type DeidentifiedResponseSummary = S['DeidentifiedResponseSummary'];
export type DeidentifiedPlanSummary = S['DeidentifiedPlanSummary'];
export type SummaryPreview = S['SummaryPreview'];
export type WithheldSpan = S['WithheldSpan'];
