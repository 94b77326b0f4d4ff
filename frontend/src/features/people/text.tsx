import type { Qualification } from './types';

/** Short names of the parts, for tags in tables. */
export const ROLE_SHORT_TEXT: Record<string, string> = {
  lead: 'Lead',
  'engagement-lead': 'Engagement lead',
  overseer: 'Overseer',
};

/** One tag per part the person is qualified for; "Not qualified yet" when none. The words carry the meaning, not the colour. */
export function QualificationTags({ qualifications }: { qualifications: Qualification[] }) {
  const qualified = qualifications.filter((q) => q.qualified);
  if (qualified.length === 0) return <strong className="nhsuk-tag nhsuk-tag--grey">Not qualified yet</strong>;
  return (
    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
      {qualified.map((q) => (
        <li key={q.role} className="nhsuk-u-margin-bottom-1">
          <strong className="nhsuk-tag nhsuk-tag--green">{ROLE_SHORT_TEXT[q.role] ?? q.role}</strong>
        </li>
      ))}
    </ul>
  );
}

/** "Can lead a learning response" or "Cannot … yet" with what is missing, for each part. */
export function QualificationList({ qualifications }: { qualifications: Qualification[] }) {
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {qualifications.map((q) => (
        <li key={q.role}>
          {q.qualified ? (
            <>
              <strong className="nhsuk-tag nhsuk-tag--green">Qualified</strong> {q.roleDisplay}
            </>
          ) : (
            <>
              <strong className="nhsuk-tag nhsuk-tag--grey">Not yet</strong> {q.roleDisplay}
              <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
                {q.missing.map((m) => (
                  <li key={m.code}>{m.message}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
