import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type ProgrammeSummary = S['ProgrammeSummary'];
export type Programme = S['Programme'];
export type ProgrammeSessionSummary = S['ProgrammeSessionSummary'];
export type ProgrammeSession = S['ProgrammeSession'];
export type ProgrammeSessionInput = S['ProgrammeSessionInput'];
export type ProgrammeMaterial = S['ProgrammeMaterial'];
export type ProgrammeMaterialInput = S['ProgrammeMaterialInput'];
export type AttendanceStatus = S['AttendanceStatus'];
export type MyProgrammeSessions = S['MyProgrammeSessions'];
export type MyProgrammeSession = S['MyProgrammeSession'];
export type CommunitySummary = S['CommunityOfPracticeSummary'];
export type Community = S['CommunityOfPractice'];
export type CommunityMeeting = S['CommunityMeeting'];
export type CommunityMeetingInput = S['CommunityMeetingInput'];
