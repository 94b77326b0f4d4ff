import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../shared/components/format';
import { WarningCallout } from '../../shared/components/warning-callout';
import type { BankHolidayCoverage } from './types';

/** An nhsuk warning callout: the bank holidays held run out soon, or a due date falls after them. */
export function BankHolidayWarning({ children, linkToList = false }: { children: ReactNode; linkToList?: boolean }) {
  return (
    <WarningCallout heading="Bank holidays need updating" testId="bank-holiday-warning">
      {children}
      {linkToList && (
        <p>
          <Link to="/candour/bank-holidays">Upload the latest bank holidays</Link>
        </p>
      )}
    </WarningCallout>
  );
}

/** What the candour list says when the bank holidays run out soon or some due dates fall after them. */
export function CandourListBankHolidayWarning({ coverage, beyond }: { coverage: BankHolidayCoverage; beyond: number }) {
  if (!coverage.runsOutSoon && beyond === 0) return null;
  return (
    <BankHolidayWarning linkToList>
      {coverage.warning && <p>{coverage.warning}</p>}
      {beyond > 0 && (
        <p>
          {beyond === 1 ? '1 written notification due date falls' : `${beyond} written notification due dates fall`} after {formatDate(coverage.knownUntil)}, the
          last day the bank holidays are known for: check {beyond === 1 ? 'it' : 'them'} by hand.
        </p>
      )}
    </BankHolidayWarning>
  );
}
