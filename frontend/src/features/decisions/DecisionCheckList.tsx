import { MultilineText, SummaryList, type SummaryRow } from '../../shared/components/misc';
import { RESPONSE_TYPE_TEXT } from '../response-plan/planForm';
import { FIELD, departsFromProposal, type DecisionForm, type PanelPerson } from './decisionForm';
import type { ReviewableDocument } from './loadDecisionContext';
import { REFERRAL_TEXT, proposalHeadline } from './text';
import type { ReferralTarget, ResponseProposal } from './types';

interface Props {
  form: DecisionForm;
  proposal: ResponseProposal;
  documents: ReviewableDocument[];
  people: PanelPerson[];
  /** The form's address: a Change link goes there, to the control's id. */
  formUrl: string;
}

/** The answers of the decision form, each with a Change link back to its question. */
export function DecisionCheckList({ form, proposal, documents, people, formUrl }: Props) {
  const personOf = (id: string) => people.find((p) => p.id === id);
  const change = (id: string, what: string) => ({ href: `${formUrl}#${id}`, visuallyHidden: what });
  const chosen = documents.filter((d) => form.documentIds.includes(d.document.id));
  const rows: SummaryRow[] = [
    {
      key: 'Panel',
      value: (
        <ul className="nhsuk-list">
          {form.members.map((m, i) => (
            <li key={i}>
              {personOf(m.personId)?.name}
              {personOf(m.personId)?.jobRole ? ` – ${personOf(m.personId)?.jobRole}` : ''}
            </li>
          ))}
        </ul>
      ),
      change: change(FIELD.memberPerson(0), 'panel members'),
    },
    { key: 'Chair', value: personOf(form.members[form.chair]?.personId ?? '')?.name ?? '', change: change(FIELD.chair, 'the chair') },
    { key: 'Incident report reviewed', value: form.reportReviewed ? 'Yes' : 'No', change: change(FIELD.reportReviewed, 'whether the incident report was reviewed') },
    {
      key: 'Documents reviewed',
      value: chosen.length ? (
        <ul className="nhsuk-list">
          {chosen.map((d) => (
            <li key={d.document.id}>
              {d.document.title} ({d.document.kindDisplay})
            </li>
          ))}
        </ul>
      ) : (
        'None'
      ),
      change: change(chosen.length ? FIELD.document(chosen[0].document.id) : FIELD.reportReviewed, 'the documents reviewed'),
    },
    { key: 'Proposed response', value: proposal.responseType ? (proposal.responseTypeDisplay ?? RESPONSE_TYPE_TEXT[proposal.responseType]) : proposalHeadline(proposal) },
    {
      key: 'Response decided',
      value: RESPONSE_TYPE_TEXT[form.responseType as keyof typeof RESPONSE_TYPE_TEXT] ?? form.responseType,
      change: change(FIELD.responseType, 'the response decided'),
    },
  ];
  if (form.responseType === 'referral') {
    rows.push({ key: 'Referred to', value: REFERRAL_TEXT[form.referralTo as ReferralTarget] ?? '', change: change(FIELD.referralTo, 'who it is referred to') });
    rows.push({ key: 'Referral details', value: form.referralDetail.trim() ? <MultilineText text={form.referralDetail.trim()} /> : '', change: change(FIELD.referralDetail, 'the referral details') });
  }
  if (form.leadOrganisation.trim()) {
    rows.push({ key: 'Organisation leading the investigation', value: form.leadOrganisation.trim(), change: change(FIELD.leadOrganisation, 'the organisation leading the investigation') });
  }
  if (departsFromProposal(form, proposal)) {
    rows.push({
      key: 'Why the panel departs from the proposal',
      value: <MultilineText text={form.departureRationale.trim()} />,
      change: change(FIELD.departureRationale, 'why the panel departs from the proposal'),
    });
  }
  rows.push({ key: 'Rationale', value: <MultilineText text={form.rationale.trim()} />, change: change(FIELD.rationale, 'the rationale') });
  rows.push({ key: 'Minutes', value: <MultilineText text={form.minutes.trim()} />, change: change(FIELD.minutes, 'the minutes') });
  return <SummaryList rows={rows} />;
}
