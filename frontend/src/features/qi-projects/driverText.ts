import type { QiPrimaryDriver } from './types';

/**
 * The driver diagram typed as text, one line each: a primary driver as it is, a secondary driver after "- ", a
 * change idea after "-- ". Easy on a phone and read back the same way.
 */
export function parseDrivers(text: string): { drivers: QiPrimaryDriver[]; error: string | null } {
  const drivers: QiPrimaryDriver[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('--')) {
      const secondary = drivers.at(-1)?.secondaryDrivers.at(-1);
      if (!secondary) return { drivers, error: `Put the change idea "${line.slice(2).trim()}" under a secondary driver` };
      secondary.changeIdeas.push(line.slice(2).trim());
    } else if (line.startsWith('-')) {
      const primary = drivers.at(-1);
      if (!primary) return { drivers, error: `Put the secondary driver "${line.slice(1).trim()}" under a primary driver` };
      primary.secondaryDrivers.push({ text: line.slice(1).trim(), changeIdeas: [] });
    } else {
      drivers.push({ text: line, secondaryDrivers: [] });
    }
  }
  const empty = drivers.some((p) => !p.text || p.secondaryDrivers.some((s) => !s.text || s.changeIdeas.some((c) => !c)));
  return { drivers, error: empty ? 'Every line of the driver diagram needs some text after its dashes' : null };
}

export function driversAsText(drivers: QiPrimaryDriver[]): string {
  return drivers
    .flatMap((p) => [p.text, ...p.secondaryDrivers.flatMap((s) => [`- ${s.text}`, ...s.changeIdeas.map((c) => `-- ${c}`)])])
    .join('\n');
}
