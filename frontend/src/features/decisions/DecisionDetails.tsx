import { Link } from 'react-router';
import { formatDateTime } from '../../shared/components/format';
import { MultilineText, SummaryList, type SummaryRow } from '../../shared/components/misc';
import { EventLinks } from './DecisionSubject';
import { DecisionStatusTag, proposalHeadline } from './text';
import type { Decision } from './types';

/**
 * Everything the panel recorded, as a summary list; `linked` links the events and the case to their pages (for the
 * patient safety team and the Chief Nurse, not for a chair whose roles do not open them).
 */
export function DecisionDetails({ decision: d, linked = true }: { decision: Decision; linked?: boolean }) {
  const rows: SummaryRow[] = [{ key: 'Status', value: <DecisionStatusTag status={d.status} /> }];
  if (d.case) {
    rows.push({
      key: 'Case',
      value: (
        <>
          {linked ? <Link to={`/cases/${d.case.id}`}>{d.case.reference}</Link> : d.case.reference}: {d.case.title}
        </>
      ),
    });
  }
  rows.push(
    { key: d.events.length === 1 ? 'Event' : 'Events', value: linked ? <EventLinks events={d.events} inline={d.events.length === 1} /> : d.events.map((e) => e.reference).join(', ') },
    {
      key: 'Panel',
      value: (
        <ul className="nhsuk-list">
          {d.panelMembers.map((m, i) => (
            <li key={i}>
              {m.name}
              {m.role ? ` – ${m.role}` : ''}
              {m.chair && <strong> (chair)</strong>}
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'Incident report reviewed', value: d.reportReviewed ? 'Yes' : 'No' },
    {
      key: 'Documents reviewed',
      value: d.documentsReviewed.length ? (
        <ul className="nhsuk-list">
          {d.documentsReviewed.map((doc) => (
            <li key={doc.id}>{doc.title}</li>
          ))}
        </ul>
      ) : (
        'None'
      ),
    },
    { key: 'Proposed response', value: <ProposalText decision={d} /> },
    { key: 'Response decided', value: d.responseTypeDisplay },
  );
  if (d.referralTo) rows.push({ key: 'Referred to', value: d.referralToDisplay ?? d.referralTo });
  if (d.referralDetail) rows.push({ key: 'Referral details', value: <MultilineText text={d.referralDetail} /> });
  if (d.leadOrganisation) rows.push({ key: 'Organisation leading the investigation', value: d.leadOrganisation });
  if (d.departsFromProposal) rows.push({ key: 'Why the panel departs from the proposal', value: <MultilineText text={d.departureRationale} /> });
  rows.push(
    { key: 'Rationale', value: <MultilineText text={d.rationale} /> },
    { key: 'Minutes', value: <MultilineText text={d.minutes} /> },
    { key: 'Recorded', value: `${formatDateTime(d.recordedAt)} by ${d.recordedBy}` },
  );
  return <SummaryList rows={rows} />;
}

function ProposalText({ decision: d }: { decision: Decision }) {
  return (
    <>
      {d.proposal.responseType ? d.proposal.responseTypeDisplay ?? d.proposal.responseType : proposalHeadline(d.proposal)}
      <br />
      <span className="nhsuk-hint nhsuk-u-margin-bottom-0">{d.proposal.explanation}</span>
    </>
  );
}
