import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Candour = S['Candour'];
export type CandourStatus = S['CandourStatus'];
export type CandourSummary = S['CandourSummary'];
export type CandourDecisionInput = S['CandourDecisionInput'];
export type CandourStepsInput = S['CandourStepsInput'];
export type CandourSteps = S['CandourSteps'];
export type BankHoliday = S['BankHoliday'];
export type BankHolidayCoverage = S['BankHolidayCoverage'];
