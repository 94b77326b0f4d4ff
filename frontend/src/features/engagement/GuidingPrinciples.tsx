/** The guiding principles of the policy, shown wherever contacts with people affected are recorded. */
export function GuidingPrinciples({ principles, open = false }: { principles: string[]; open?: boolean }) {
  return (
    <details className="nhsuk-details" open={open}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Guiding principles for engagement and involvement</span>
      </summary>
      <div className="nhsuk-details__text">
        <ul>
          {principles.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
