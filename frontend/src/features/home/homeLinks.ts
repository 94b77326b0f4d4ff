import type { Role } from '../../shared/api/types';
import { PLAN_READER_ROLES, REPORTER_ROLES, TRIAGE_ROLES, hasAnyRole } from '../../shared/auth/roles';
import { ACTION_LIST_ROLES, ACTION_OWNER_ROLES } from '../safety-actions/text';
import { CANDOUR_READER_ROLES } from '../candour/text';
import { DECISION_EDIT_ROLES } from '../decisions/text';
import { IMPROVEMENT_READER_ROLES } from '../improvement-plans/text';
import { BEING_FAIR_ROLES } from '../being-fair/text';
import { OVERSIGHT_ALL_GROUPS_ROLES } from '../oversight/text';
import { PEOPLE_READER_ROLES } from '../people/text';
import { MY_PARTNERSHIP_ROLES, PARTNER_READER_ROLES } from '../partners/text';
import { PSII_VERIFIER_ROLES } from '../responses/text';
import { SUPPORTER_ROLES } from '../staff-support/supportForm';

export interface HomeLink {
  text: string;
  href: string;
  description: string;
}

/** The links on the home page for the roles a person holds (labels fixed in docs/conventions.md). */
export function homeLinks(roles: readonly Role[]): HomeLink[] {
  const links: HomeLink[] = [];
  if (hasAnyRole(roles, REPORTER_ROLES)) {
    links.push(
      {
        text: 'Report a patient safety event',
        href: '/report/event',
        description: 'Tell us about an incident, a near miss or good care. It takes about 2 minutes.',
      },
      { text: 'My reports', href: '/my-reports', description: 'Follow what happened to the events you reported.' },
    );
  }
  if (hasAnyRole(roles, TRIAGE_ROLES)) {
    links.push(
      { text: 'Triage queue', href: '/triage', description: 'Review new events and set their status, category and harm.' },
      { text: 'Cases', href: '/cases', description: 'Events grouped to be reviewed together, for a multi-incident review or a theme.' },
      { text: 'Audit trail', href: '/audit', description: 'See who changed or read what, and when.' },
    );
  }
  if (hasAnyRole(roles, DECISION_EDIT_ROLES)) {
    links.push(
      { text: 'Panel decisions', href: '/decisions', description: 'Record the panel’s response to an event or a case, and follow its approval.' },
      { text: 'Learning responses', href: '/responses', description: 'The responses decided: verification, notifications and the initial report.' },
    );
  }
  if (hasAnyRole(roles, PSII_VERIFIER_ROLES)) {
    links.push(
      { text: 'Decisions awaiting approval', href: '/decisions?status=awaiting-chair-approval', description: 'Panel decisions waiting for the chair’s approval.' },
      { text: 'PSIIs awaiting verification', href: '/responses?status=awaiting-verification', description: 'Patient safety incident investigations to verify before they start.' },
    );
  }
  if (hasAnyRole(roles, ['learning-response-lead'])) {
    links.push({ text: 'My learning responses', href: '/responses', description: 'The learning responses you lead: their team, timeframe and events.' });
  }
  if (hasAnyRole(roles, CANDOUR_READER_ROLES)) {
    links.push({
      text: 'Duty of Candour',
      href: '/candour',
      description: 'Notifiable events: the verbal notification and apology, the written notification and the findings shared.',
    });
  }
  if (hasAnyRole(roles, IMPROVEMENT_READER_ROLES)) {
    links.push({
      text: 'Safety improvement plans',
      href: '/improvement-plans',
      description: 'Plans for the organisation, a service, pathway, location or theme: their safety actions, learning responses and progress.',
    });
  }
  if (hasAnyRole(roles, PLAN_READER_ROLES)) {
    links.push({
      text: 'Response plan',
      href: '/plan',
      description: 'How the trust responds to patient safety incidents: the plan in force and its versions.',
    });
  }
  if (hasAnyRole(roles, PEOPLE_READER_ROLES)) {
    links.push({
      text: 'People and training',
      href: '/people',
      description: 'Who may lead, engage and oversee learning responses, their training, CPD and the compliance view.',
    });
  }
  if (hasAnyRole(roles, ACTION_LIST_ROLES)) {
    links.push({ text: 'Safety actions', href: '/actions', description: 'Actions from learning responses, themes and plans: owners, due dates, progress and effectiveness.' });
  }
  if (hasAnyRole(roles, ACTION_OWNER_ROLES)) {
    links.push({ text: 'My actions', href: '/my-actions', description: 'The safety actions you own: record their progress.' });
  }
  if (hasAnyRole(roles, OVERSIGHT_ALL_GROUPS_ROLES)) {
    links.push({
      text: 'Oversight groups',
      href: '/oversight-groups',
      description: 'Committees that oversee learning responses and improvement plans, their members and what partners see.',
    });
  } else if (hasAnyRole(roles, ['patient-safety-partner'])) {
    links.push({
      text: 'My oversight groups',
      href: '/oversight-groups',
      description: 'The groups you are a member of: their learning responses and improvement plans, de-identified, and their figures.',
    });
  }
  if (hasAnyRole(roles, PARTNER_READER_ROLES)) {
    links.push({
      text: 'Patient safety partners',
      href: '/patient-safety-partners',
      description: 'The register of patient safety partners: who supports each partner, where they are involved and their supervision.',
    });
  }
  if (hasAnyRole(roles, MY_PARTNERSHIP_ROLES)) {
    links.push({
      text: 'My support and supervision',
      href: '/my-partnership',
      description: 'The person in the trust who supports you as a patient safety partner, and your supervision sessions.',
    });
  }
  if (hasAnyRole(roles, SUPPORTER_ROLES)) {
    links.push({
      text: 'Staff support I give',
      href: '/my-staff-support',
      description: 'The members of staff you support as their line manager or reviewer after a patient safety event.',
    });
  }
  if (hasAnyRole(roles, BEING_FAIR_ROLES)) {
    links.push({
      text: 'Being Fair tool',
      href: '/being-fair',
      description: 'Decide next steps fairly when a learning response raises concerns about an individual. Used jointly by the patient safety and workforce teams.',
    });
  }
  if (hasAnyRole(roles, REPORTER_ROLES)) {
    links.push({ text: 'My training', href: '/my-training', description: 'Your patient safety training record, if you have one.' });
  }
  return links;
}
