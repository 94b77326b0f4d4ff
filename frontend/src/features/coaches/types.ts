import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Coach = S['Coach'];
export type CoachSummary = S['CoachSummary'];
export type CoachInput = S['CoachInput'];
export type CoachKind = S['CoachKindCode'];
export type CoachSupervisionInput = S['CoachSupervisionSessionInput'];
export type Directorate = S['Directorate'];
