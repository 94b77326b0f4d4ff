import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Partner = S['PatientSafetyPartner'];
export type PartnerSummary = S['PatientSafetyPartnerSummary'];
export type PartnerInput = S['PatientSafetyPartnerInput'];
export type SessionInput = S['SupervisionSessionInput'];
export type AreaCode = S['InvolvementAreaCode'];
