import type { QiPrimaryDriver } from './types';

/** The driver diagram as nested lists: aim → primary drivers → secondary drivers → change ideas. */
export function DriverDiagram({ drivers }: { drivers: QiPrimaryDriver[] }) {
  if (drivers.length === 0) return <p>No driver diagram yet.</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet" aria-label="Primary drivers">
      {drivers.map((p, i) => (
        <li key={i}>
          <strong>{p.text}</strong>
          {p.secondaryDrivers.length > 0 && (
            <ul className="nhsuk-list nhsuk-list--bullet" aria-label={`Secondary drivers of ${p.text}`}>
              {p.secondaryDrivers.map((s, j) => (
                <li key={j}>
                  {s.text}
                  {s.changeIdeas.length > 0 && (
                    <ul className="nhsuk-list nhsuk-list--bullet" aria-label={`Change ideas for ${s.text}`}>
                      {s.changeIdeas.map((c, k) => (
                        <li key={k}>
                          <span className="nhsuk-u-secondary-text-colour">Change idea:</span> {c}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
