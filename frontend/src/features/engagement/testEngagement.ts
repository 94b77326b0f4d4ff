import type { Engagement, PersonAffected } from './types';

export const RESPONSE_ID = 'a1000000-5555-4a2e-9a51-2f0e1c7d8b90';
export const PERSON_ID = 'b2000000-5555-4a2e-9a51-2f0e1c7d8b90';

export const ALEX: PersonAffected = {
  id: PERSON_ID,
  version: 0,
  kind: 'family',
  name: 'Alex Morgan',
  namedContact: { name: 'Lee Lead' },
  preferredContactMethod: 'Telephone',
  involvement: ['terms-of-reference', 'draft-report'],
  nextContactOn: '2026-11-22',
  contactOverdue: true,
  contacts: [
    {
      id: 'c3000000-5555-4a2e-9a51-2f0e1c7d8b90',
      contactedOn: '2026-11-15',
      method: 'Telephone',
      stage: 'initial',
      notes: 'Introduced myself.',
      checklist: [{ code: 'su-initial-introduce-self', section: 'Introductions', text: 'Introduce self and share contact details. Set up a suitable time for initial contact meeting', done: true }],
      nextContactOn: '2026-11-22',
      recordedBy: 'Lee Lead',
      recordedAt: '2026-11-15T10:00:00Z',
    },
  ],
};

export const ENGAGEMENT: Engagement = {
  responseId: RESPONSE_ID,
  reference: 'LR-2026-0003',
  status: 'in-progress',
  acceptsChanges: true,
  guidingPrinciples: ['Apologies are meaningful', 'Strive for equity'],
  checklists: [
    {
      audience: 'service-users',
      title: 'Appendix 4: Guidance for reviewers talking to Service Users',
      stage: 'initial',
      items: [
        { code: 'su-initial-introduce-self', section: 'Introductions', text: 'Introduce self and share contact details. Set up a suitable time for initial contact meeting' },
        { code: 'su-initial-access-needs', section: 'Introductions', text: 'Explore any support / access needs' },
      ],
    },
    {
      audience: 'staff',
      title: 'Appendix 5: Guidance for reviewers talking to Staff',
      stage: 'initial',
      items: [{ code: 'staff-initial-contact-details', section: 'Introductions', text: 'Share contact details' }],
    },
  ],
  people: [ALEX],
};
