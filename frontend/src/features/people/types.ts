import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Person = S['Person'];
export type PersonPage = S['PersonPage'];
export type PersonInput = S['PersonInput'];
export type PersonUpdate = S['PersonUpdate'];
export type Qualification = S['Qualification'];
export type TrainingRecord = S['TrainingRecord'];
export type TrainingRecordInput = S['TrainingRecordInput'];
export type CpdEntryInput = S['CpdEntryInput'];
export type TrainingCompliance = S['TrainingCompliance'];
export type TrainingRoleCode = S['TrainingRoleCode'];
