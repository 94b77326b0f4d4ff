import { proposalHeadline } from './text';
import type { ResponseProposal } from './types';

/** The response the rules propose, shown before the panel's choice (policy §12.3). */
export function ProposalInset({ proposal }: { proposal: ResponseProposal }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <strong>{proposalHeadline(proposal)}</strong>
      </p>
      <p>{proposal.explanation}</p>
    </div>
  );
}
