// Seeds events straight into PostgreSQL (set-based, in batches) so a 1M-row table takes minutes, not hours.
// Values are spread like a real queue: two years of reports, mostly no or low harm, all categories and locations.
const BATCH = 100_000;

export async function seedEvents(db, target, log) {
  const { rows } = await db.query('select count(*)::bigint as n from patient_safety_event');
  let existing = Number(rows[0].n);
  log(`events present: ${existing}, target: ${target}`);
  while (existing < target) {
    const batch = Math.min(BATCH, target - existing);
    await db.query(SEED_BATCH, [batch]);
    existing += batch;
    log(`  seeded ${existing}`);
  }
  await db.query('analyze patient_safety_event');
  return existing;
}

const SEED_BATCH = `
with refs as (
  select (select array_agg(id order by id) from location) as locations,
         (select array_agg(id order by id) from event_category) as categories
), numbered as (
  select g, nextval('event_reference_seq') as n,
         now() - random() * interval '730 days' as reported_at,
         random() as r_status, random() as r_harm
  from generate_series(1, $1) as g
)
insert into patient_safety_event (
  id, reference, version, status, reporter_sub, reporter_name, reporter_key, anonymous,
  event_type, occurred_at, reported_at, location_id, category_id, physical_harm, psychological_harm,
  what_happened, immediate_actions, patient_involved)
select gen_random_uuid(),
       'PSE-' || to_char(reported_at at time zone 'Europe/London', 'YYYY') || '-' || lpad(n::text, greatest(6, length(n::text)), '0'),
       0,
       case when r_status < 0.6 then 'closed' when r_status < 0.8 then 'decided'
            when r_status < 0.9 then 'in-triage' else 'submitted' end,
       'bench-reporter-' || (g % 1000),
       'Bench Reporter ' || (g % 1000),
       encode(sha256(('bench-reporter-' || (g % 1000))::bytea), 'hex'),
       false,
       (array['incident', 'near-miss', 'no-harm-incident', 'good-care'])[1 + (g % 4)],
       reported_at - random() * interval '3 days',
       reported_at,
       locations[1 + (g % array_length(locations, 1))],
       categories[1 + ((g / 7) % array_length(categories, 1))],
       case when r_harm < 0.55 then 5 when r_harm < 0.85 then 4 when r_harm < 0.96 then 3
            when r_harm < 0.99 then 2 else 1 end,
       case when r_harm < 0.7 then 4 when r_harm < 0.9 then 3 when r_harm < 0.98 then 2 else 1 end,
       'Benchmark event ' || n || ': what happened, as a reporter would describe it in a few sentences.',
       'Immediate actions for benchmark event ' || n,
       false
from numbered, refs`;
