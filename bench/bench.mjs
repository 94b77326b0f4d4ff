// Benchmark of the triage list and report creation against a running stack (see README.md here).
// Usage: node bench.mjs [--events 100000] [--concurrency 8] [--seconds 20] [--warmup 15]
import pg from 'pg';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runLoad } from './lib/load.mjs';
import { seedEvents } from './lib/seed.mjs';
import { passwordToken } from './lib/tokens.mjs';
import { VARIANTS, runTriageSql } from './lib/triage-sql.mjs';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    concurrency: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '20' },
    // Seconds of load at full concurrency before each API phase is measured: the JIT compiles the hot
    // paths during the first ~10-20 s, and a short run would otherwise measure the interpreter.
    warmup: { type: 'string', default: '15' },
  },
});
const events = Number(args.events);
const concurrency = Number(args.concurrency);
const durationMs = Number(args.seconds) * 1000;
const warmupMs = Number(args.warmup) * 1000;
if (!(events >= 0 && events <= 1_000_000)) throw new Error('--events must be between 0 and 1000000');

const apiUrl = process.env.BENCH_API_URL ?? 'http://localhost:8080';
const keycloakUrl = process.env.BENCH_KEYCLOAK_URL ?? 'http://localhost:8180';
const db = new pg.Pool({
  host: process.env.BENCH_DB_HOST ?? 'localhost',
  port: Number(process.env.BENCH_DB_PORT ?? 54329),
  database: process.env.BENCH_DB_NAME ?? 'psirf',
  user: process.env.BENCH_DB_USER ?? 'postgres',
  password: process.env.BENCH_DB_PASSWORD ?? 'postgres',
  max: concurrency,
});
const log = (line) => console.log(line);
const budget = { concurrency, durationMs, maxRequests: 1_000_000 };

async function expectOk(response) {
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`);
  await response.arrayBuffer();
}

async function warm(times, request) {
  for (let i = 0; i < times; i++) await request(i);
}

/** Steady state, not JIT warm-up: load the API path at full concurrency for --warmup seconds first. */
async function warmUnderLoad(request) {
  await warm(40, request);
  const result = await runLoad({ ...budget, durationMs: warmupMs, request });
  if (result.failures) throw new Error(`warm-up failed: ${result.firstFailure}`);
}

const seeded = await seedEvents(db, events, log);

const specialistToken = await passwordToken({ keycloakUrl, username: 'pat.pss', password: 'psirf-demo' });
const triageApi = (sequence) => {
  const variant = VARIANTS[sequence % VARIANTS.length];
  return fetch(`${apiUrl}/api/v1/events?page=0&size=20&${variant.query}`, {
    headers: { authorization: `Bearer ${specialistToken}` },
  }).then(expectOk);
};
const triageSql = (sequence) => runTriageSql(db, VARIANTS[sequence % VARIANTS.length]);

log(`warming up the triage list (${warmupMs / 1000} s)`);
await warmUnderLoad(triageApi);
await warm(40, triageSql);
log(`triage list via the API (${concurrency} clients, ${durationMs / 1000} s)`);
const apiTriage = await runLoad({ ...budget, request: triageApi });
log(`triage list as raw SQL (${concurrency} connections, ${durationMs / 1000} s)`);
const sqlTriage = await runLoad({ ...budget, request: triageSql });

const staffToken = await passwordToken({ keycloakUrl, username: 'sam.staff', password: 'psirf-demo' });
const report = (sequence) => ({
  eventType: 'incident',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  locationCode: 'LOC-DN-NORTH',
  categoryCode: 'pressure-ulcer',
  physicalHarm: 4,
  psychologicalHarm: 4,
  whatHappened: `Benchmark report ${sequence}: category 2 pressure ulcer found on the left heel at a home visit.`,
  immediateActions: 'Repositioned, dressing applied, tissue viability referral made.',
  patient: { name: 'Bench Patient', nhsNumber: '9434765919', dateOfBirth: '1941-03-02', ageBracket: 11 },
  staffInvolved: [{ role: 'District nurse', staffType: 5 }],
});
const createReport = (sequence) => fetch(`${apiUrl}/api/v1/events`, {
  method: 'POST',
  headers: { authorization: `Bearer ${staffToken}`, 'content-type': 'application/json' },
  body: JSON.stringify(report(sequence)),
}).then(expectOk);
log(`warming up report creation (${warmupMs / 1000} s)`);
await warmUnderLoad(createReport);
log(`report creation via the API (${concurrency} clients, ${durationMs / 1000} s)`);
const creation = await runLoad({ ...budget, request: createReport });
await db.end();

const results = {
  at: new Date().toISOString(),
  events: seeded,
  concurrency,
  seconds: durationMs / 1000,
  warmupSeconds: warmupMs / 1000,
  triageApi: apiTriage,
  triageSql: sqlTriage,
  triageRatioP50: round(apiTriage.p50Ms / sqlTriage.p50Ms),
  triageRatioP95: round(apiTriage.p95Ms / sqlTriage.p95Ms),
  reportCreation: creation,
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL(`./results/bench-${results.at.replace(/[:.]/g, '-')}.json`, import.meta.url),
  JSON.stringify(results, null, 2));
console.table({
  'triage list (API)': pick(apiTriage),
  'triage list (raw SQL)': pick(sqlTriage),
  'report creation (API)': pick(creation),
});
log(`events: ${seeded}; triage API/SQL ratio p50 ${results.triageRatioP50}, p95 ${results.triageRatioP95} (target p95 ≤ 3 at 1M)`);
log(`report creation: ${creation.throughputPerSecond}/s (target ≥ 500/s on 2 cores)`);
if (apiTriage.failures || sqlTriage.failures || creation.failures) {
  log(`failures: ${apiTriage.firstFailure ?? ''} ${sqlTriage.firstFailure ?? ''} ${creation.firstFailure ?? ''}`);
  process.exitCode = 1;
}

function pick(r) {
  return { requests: r.requests, failures: r.failures, 'per s': r.throughputPerSecond, 'p50 ms': r.p50Ms, 'p95 ms': r.p95Ms };
}
function round(value) {
  return Math.round(value * 100) / 100;
}
