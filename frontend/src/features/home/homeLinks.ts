import type { Role } from '../../shared/api/types';
import { hasAnyRole, inPatientSafetyTeam, mayCall, rolesFor } from '../../shared/auth/roles';

/** Leads read the learning responses they lead: the roles that may list responses but not the whole trust's work. */
const LEAD_ROLES = rolesFor('listLearningResponses').filter((role) => !rolesFor('listTriageQueue').includes(role));

export interface HomeLink {
  text: string;
  href: string;
  description: string;
}

/** The links on the home page for the roles a person holds (labels fixed in docs/conventions.md). */
export function homeLinks(roles: readonly Role[]): HomeLink[] {
  const links: HomeLink[] = [];
  if (mayCall(roles, 'reportEvent')) {
    links.push({
      text: 'Report a patient safety event',
      href: '/report/event',
      description: 'Tell us about an incident, a near miss or good care. It takes about 2 minutes.',
    });
  }
  if (mayCall(roles, 'listMyReports')) {
    links.push({ text: 'My reports', href: '/my-reports', description: 'Follow what happened to the events you reported.' });
  }
  if (mayCall(roles, 'listTriageQueue')) {
    links.push({ text: 'Triage queue', href: '/triage', description: 'Review new events and set their status, category and harm.' });
  }
  if (mayCall(roles, 'listCases')) {
    links.push({ text: 'Cases', href: '/cases', description: 'Events grouped to be reviewed together, for a multi-incident review or a theme.' });
  }
  if (mayCall(roles, 'listAuditEntries')) {
    links.push({ text: 'Audit trail', href: '/audit', description: 'See who changed or read what, and when.' });
  }
  // Those who record the panel's decisions and run the responses get the full lists; the Chief Nurse, who may
  // read them too, gets the lists filtered to what waits for them below.
  if (mayCall(roles, 'listDecisions', 'recordDecision')) {
    links.push({ text: 'Panel decisions', href: '/decisions', description: 'Record the panel’s response to an event or a case, and follow its approval.' });
  }
  if (mayCall(roles, 'listLearningResponses', 'assignResponseTeam')) {
    links.push({ text: 'Learning responses', href: '/responses', description: 'The responses decided: verification, notifications and the initial report.' });
  }
  if (mayCall(roles, 'listDecisions', 'listLearningResponses', 'verifyPsii')) {
    links.push(
      { text: 'Decisions awaiting approval', href: '/decisions?status=awaiting-chair-approval', description: 'Panel decisions waiting for the chair’s approval.' },
      { text: 'PSIIs awaiting verification', href: '/responses?status=awaiting-verification', description: 'Patient safety incident investigations to verify before they start.' },
    );
  }
  if (hasAnyRole(roles, LEAD_ROLES)) {
    links.push({ text: 'My learning responses', href: '/responses', description: 'The learning responses you lead: their team, timeframe and events.' });
  }
  if (mayCall(roles, 'listCandour')) {
    links.push({
      text: 'Duty of Candour',
      href: '/candour',
      description: 'Notifiable events: the verbal notification and apology, the written notification and the findings shared.',
    });
  }
  if (mayCall(roles, 'listImprovementPlans')) {
    links.push({
      text: 'Safety improvement plans',
      href: '/improvement-plans',
      description: 'Plans for the organisation, a service, pathway, location or theme: their safety actions, learning responses and progress.',
    });
  }
  if (mayCall(roles, 'getResponsePlanInForce')) {
    links.push({
      text: 'Response plan',
      href: '/plan',
      description: 'How the trust responds to patient safety incidents: the plan in force and its versions.',
    });
  }
  // Improvement advisors may list the directory only to pick coaches and supervisors: no card for them.
  if (mayCall(roles, 'listPeople', 'getPerson')) {
    links.push({
      text: 'People and training',
      href: '/people',
      description: 'Who may lead, engage and oversee learning responses, their training, CPD and the compliance view.',
    });
  }
  // A lead lists their own responses' actions there too, but finds them from their responses and My actions.
  if (mayCall(roles, 'listSafetyActions') && inPatientSafetyTeam(roles)) {
    links.push({ text: 'Safety actions', href: '/actions', description: 'Actions from learning responses, themes and plans: owners, due dates, progress and effectiveness.' });
  }
  if (mayCall(roles, 'listMySafetyActions')) {
    links.push({ text: 'My actions', href: '/my-actions', description: 'The safety actions you own: record their progress.' });
  }
  if (mayCall(roles, 'listOversightGroups') && inPatientSafetyTeam(roles)) {
    links.push({
      text: 'Oversight groups',
      href: '/oversight-groups',
      description: 'Committees that oversee learning responses and improvement plans, their members and what partners see.',
    });
  } else if (mayCall(roles, 'listOversightGroups')) {
    links.push({
      text: 'My oversight groups',
      href: '/oversight-groups',
      description: 'The groups you are a member of: their learning responses and improvement plans, de-identified, and their figures.',
    });
  }
  if (mayCall(roles, 'listPatientSafetyPartners')) {
    links.push({
      text: 'Patient safety partners',
      href: '/patient-safety-partners',
      description: 'The register of patient safety partners: who supports each partner, where they are involved and their supervision.',
    });
  }
  if (mayCall(roles, 'listCoachCandidates')) {
    links.push({
      text: 'Recruiting coaches with lived experience',
      href: '/coach-recruitment',
      description: 'Candidates to be QI coaches with lived experience: their pathway from expression of interest to induction.',
    });
  }
  if (mayCall(roles, 'getMyPatientSafetyPartnership')) {
    links.push({
      text: 'My support and supervision',
      href: '/my-partnership',
      description: 'The person in the trust who supports you as a patient safety partner, and your supervision sessions.',
    });
  }
  // Coaches and the improvement advisor run QI projects; sponsors and team members find theirs from the home panel.
  if (mayCall(roles, 'startQiProject')) {
    links.push({
      text: 'QI projects',
      href: '/qi-projects',
      description: 'Quality improvement projects: aims, driver diagrams, run charts, PDSA cycles and monthly updates to the sponsor.',
    });
  }
  if (mayCall(roles, 'listCoaches')) {
    links.push({
      text: 'Coach register',
      href: '/coaches',
      description: 'Every QI coach, staff and with lived experience: their directorate, hours coached and supervision.',
    });
  }
  if (mayCall(roles, 'getMyCoach')) {
    links.push({
      text: 'Your coaching',
      href: '/my-coaching',
      description: 'The teams and projects you coach, your hours and your supervision with an improvement advisor.',
    });
  }
  if (mayCall(roles, 'createCoachingContract')) {
    links.push({ text: 'Coaching contracts', href: '/coaching', description: 'Your coaching contracts: ground rules, sessions, hours coached, reviews and the QI course.' });
  } else if (mayCall(roles, 'listCoachingContracts')) {
    links.push({ text: 'My coaching', href: '/coaching', description: 'The coaching you receive: your contract, its ground rules and the records of your sessions.' });
  }
  if (mayCall(roles, 'listSharedCoachingRecords')) {
    links.push({ text: 'Shared coaching records', href: '/coaching/shared', description: 'Coaching records a coach chose to share with the patient safety team.' });
  }
  if (mayCall(roles, 'listMyStaffSupport')) {
    links.push({
      text: 'Staff support I give',
      href: '/my-staff-support',
      description: 'The members of staff you support as their line manager or reviewer after a patient safety event.',
    });
  }
  if (mayCall(roles, 'listBeingFair')) {
    links.push({
      text: 'Being Fair tool',
      href: '/being-fair',
      description: 'Decide next steps fairly when a learning response raises concerns about an individual. Used jointly by the patient safety and workforce teams.',
    });
  }
  // The trust's staff find their training record; coaches and partners may open it too but get no card.
  if (mayCall(roles, 'listProgrammes')) {
    links.push({
      text: 'Training programmes',
      href: '/programmes',
      description: 'Restorative just culture, challenging poor practice, the QI course and more: sessions, materials and your attendance.',
    });
  }
  if (mayCall(roles, 'listCommunitiesOfPractice')) {
    links.push({ text: 'Communities of practice', href: '/communities-of-practice', description: 'Learn with peers: meetings, reflective practice and notes.' });
  }
  if (mayCall(roles, 'getMyTraining', 'reportEvent')) {
    links.push({ text: 'My training', href: '/my-training', description: 'Your patient safety training record, if you have one.' });
  }
  return links;
}
