-- Loads :n cases into tenant :tenant in one statement, for the read benchmarks (P2, P3). Run as the superuser
-- (row-level security does not apply to it), against the platform's database:
--   psql -h 127.0.0.1 -p 54329 -U postgres -d jiceng -v tenant=sip -v n=1000000 -f bench/src/main/resources/cases.sql
-- The cases spread over the tenant's grid nodes and categories and over the last 60 days, in every state of the
-- closed loop, with the timestamps each state implies; numbers start with BENCH- so that they never collide.
\set ON_ERROR_STOP on
begin;
with nodes as (
    select array_agg(id order by id) as ids from grid_node
     where tenant_id = :'tenant' and level in ('COMMUNITY', 'GRID', 'COMPOUND', 'BUILDING')
), categories as (
    select array_agg(code order by code) as codes from case_category where tenant_id = :'tenant'
), generated as (
    select s,
           nodes.ids[1 + s % array_length(nodes.ids, 1)] as grid_id,
           categories.codes[1 + s % array_length(categories.codes, 1)] as category_code,
           (array['REPORTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CLOSED', 'CLOSED',
                  'CLOSED', 'CLOSED'])[1 + s % 10] as status,
           date_trunc('second', now()) - (s % 60) * interval '1 day' - (s % 1440) * interval '1 minute' as t
      from generate_series(1, :n) s, nodes, categories
)
insert into case_record (tenant_id, id, number, title, description, category_code, priority, source, status,
                         anonymous, grid_id, rework_count, reported_at, accepted_at, dispatched_at, acknowledged_at,
                         resolved_at, closed_at, accept_due_at, acknowledge_due_at, resolve_due_at, handler_kind,
                         handler_id, evaluation_score, evaluated_at, event_count, version, updated_at)
select :'tenant', gen_random_uuid(), 'BENCH-' || lpad(s::text, 8, '0'), '批量诉求 ' || s, '基准测试数据',
       category_code, 'NORMAL', 'GRID_PATROL', status, false, grid_id, 0, t,
       case when status <> 'REPORTED' then t + interval '1 hour' end,
       case when status not in ('REPORTED', 'ACCEPTED') then t + interval '2 hours' end,
       case when status in ('IN_PROGRESS', 'RESOLVED', 'CLOSED') then t + interval '3 hours' end,
       case when status in ('RESOLVED', 'CLOSED') then t + interval '30 hours' end,
       case when status = 'CLOSED' then t + interval '40 hours' end,
       t + interval '24 hours',
       case when status not in ('REPORTED', 'ACCEPTED') then t + interval '26 hours' end,
       case when status <> 'REPORTED' then t + interval '121 hours' end,
       case when status not in ('REPORTED', 'ACCEPTED') then 'GRID' end,
       case when status not in ('REPORTED', 'ACCEPTED') then grid_id end,
       case when status = 'CLOSED' and s % 2 = 0 then 3 + s % 3 end,
       case when status = 'CLOSED' and s % 2 = 0 then t + interval '41 hours' end,
       1, 1, t
  from generated;
commit;
analyze case_record;
