// The SQL the backend's EventRepository issues for one triage page (page query + count), for the raw baseline.
// Kept as Hibernate generates it (see the backend log with quarkus.hibernate-orm.log.sql=true): the count has no
// join, and the category filter is a scalar subquery, so that PostgreSQL can use the (category_id, reported_at) index.
const PAGE = `
select e.*, l.*, s.*, d.*, c.*
from patient_safety_event e
join location l on l.id = e.location_id
join care_service s on s.id = l.service_id
join directorate d on d.id = s.directorate_id
join event_category c on c.id = e.category_id
%WHERE%
order by e.reported_at desc, e.id desc
offset 0 rows fetch first 20 rows only`;
const COUNT = `
select count(e.id) from patient_safety_event e
%WHERE%`;

// Each variant is one filter a triage user picks; the API and SQL runs rotate through the same list.
export const VARIANTS = [
  { query: '', where: '', params: [] },
  { query: 'status=submitted', where: 'where e.status = $1', params: ['submitted'] },
  { query: 'physicalHarm=3', where: 'where e.physical_harm = $1', params: [3] },
  { query: 'category=fall', where: 'where e.category_id = (select c2.id from event_category c2 where c2.code = $1)', params: ['fall'] },
];

export async function runTriageSql(db, variant) {
  await db.query(PAGE.replace('%WHERE%', variant.where), variant.params);
  await db.query(COUNT.replace('%WHERE%', variant.where), variant.params);
}
