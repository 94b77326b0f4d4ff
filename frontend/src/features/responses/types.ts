import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type LearningResponse = S['LearningResponse'];
export type LearningResponseSummary = S['LearningResponseSummary'];
export type LearningResponseStatus = S['LearningResponseStatus'];
export type InitialReportStatus = S['InitialReportStatus'];
export type ExternalNotifications = S['ExternalNotifications'];
export type ExternalNotificationsInput = S['ExternalNotificationsInput'];
export type DueStatus = S['DueStatus'];
export type ResponseTimeframe = S['ResponseTimeframe'];
export type ResponseTeam = S['ResponseTeam'];
export type ResponseCandidate = S['ResponseCandidate'];
