import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Engagement = S['Engagement'];
export type PersonAffected = S['PersonAffected'];
export type PersonAffectedInput = S['PersonAffectedInput'];
export type ContactInput = S['ContactInput'];
export type Checklist = S['Checklist'];
export type AffectedKind = S['AffectedKind'];
export type InvolvementLevel = S['InvolvementLevel'];
export type ContactStage = S['ContactStage'];
