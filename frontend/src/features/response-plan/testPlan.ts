import type { PlanVersion } from '../../shared/api/types';
import { EQUALITY_GROUPS } from './planForm';

export const PLAN: PlanVersion = {
  id: '7d1c2a9e-6b1d-4a2e-9a51-2f0e1c7d8b90',
  number: 2,
  version: 0,
  status: 'in-force',
  periodFrom: '2026-09-01',
  periodTo: '2028-02-29',
  reviewDate: '2027-09-01',
  reviewOverdue: false,
  nationalRequirements: [
    { issue: 'Deaths thought more likely than not due to problems in care', responseType: 'psii', responseTypeDisplay: 'Patient safety incident investigation (PSII)' },
  ],
  localPriorities: [
    {
      issue: 'Category 3 and 4 pressure ulcers',
      categoryCode: 'pressure-ulcer',
      categoryDisplay: 'Pressure ulcer',
      responseType: 'multi-incident-review',
      responseTypeDisplay: 'Multi-incident review (MDT)',
      rationale: 'Most reported harm',
      improvementLink: 'Pressure ulcer QI collaborative',
    },
  ],
  equalityImpact: {
    reviewerName: 'Kate Howard',
    reviewerRole: 'Chief Nurse',
    reviewedOn: '2026-07-01',
    groups: EQUALITY_GROUPS.map((g) => ({ group: g.code, label: g.label, impact: 'positive', comments: `Considered ${g.label}` })),
    negativeImpact: false,
    fullAssessmentRequired: false,
  },
  createdBy: 'Pat Specialist',
  createdAt: '2026-07-01T10:00:00Z',
  updatedBy: 'Pat Specialist',
  updatedAt: '2026-07-01T10:00:00Z',
  approvedBy: 'Chris Chief-Nurse',
  approvedAt: '2026-08-01T10:00:00Z',
};
