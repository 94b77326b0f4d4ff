// The SQL the backend's EventRepository issues for one triage page (page query + count), for the raw baseline.
const PAGE = `
select e.*, l.*, s.*, d.*, c.*
from patient_safety_event e
join location l on l.id = e.location_id
join care_service s on s.id = l.service_id
join directorate d on d.id = s.directorate_id
join event_category c on c.id = e.category_id
%WHERE%
order by e.reported_at desc, e.id desc
limit 20`;
const COUNT = `
select count(*) from patient_safety_event e
join event_category c on c.id = e.category_id
%WHERE%`;

// Each variant is one filter a triage user picks; the API and SQL runs rotate through the same list.
export const VARIANTS = [
  { query: '', where: '', params: [] },
  { query: 'status=submitted', where: 'where e.status = $1', params: ['submitted'] },
  { query: 'physicalHarm=3', where: 'where e.physical_harm = $1', params: [3] },
  { query: 'category=fall', where: 'where c.code = $1', params: ['fall'] },
];

export async function runTriageSql(db, variant) {
  await db.query(PAGE.replace('%WHERE%', variant.where), variant.params);
  await db.query(COUNT.replace('%WHERE%', variant.where), variant.params);
}
