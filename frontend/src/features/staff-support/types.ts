import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type StaffSupportList = S['StaffSupportList'];
export type StaffSupport = S['StaffSupport'];
export type StaffSupportInput = S['StaffSupportInput'];
export type SupportStepGuidance = S['SupportStepGuidance'];
export type Supporter = S['Supporter'];
export type MyStaffSupportList = S['MyStaffSupportList'];
export type MyStaffSupportItem = S['MyStaffSupportItem'];
