-- pgbench script: what one case intake writes, as one SQL transaction on the same tables, roles and row-level
-- security as the platform. Variables (pgbench substitutes them as text, quotes included): tenant, grid.
\set n random(1, 2000000000)
BEGIN;
SELECT set_config('app.tenant_id', ':tenant', true);
WITH number AS (
    INSERT INTO case_number_counter (tenant_id, year, last) VALUES (':tenant', 2099, 1)
    ON CONFLICT (tenant_id, year) DO UPDATE SET last = case_number_counter.last + 1 RETURNING last
), record AS (
    INSERT INTO case_record (tenant_id, id, number, title, description, category_code, priority, source, status,
                             reporter_subject, reporter_client, anonymous, grid_id, rework_count, reported_at,
                             accept_due_at, event_count, version, updated_at)
    SELECT ':tenant', gen_random_uuid(), 'BENCH-2099-' || number.last, '路灯不亮', 'pgbench', 'FACILITY_REPAIR',
           'NORMAL', 'RESIDENT_APP', 'REPORTED', 'bench-' || :n, 'bench', false, ':grid'::uuid, 0, now(),
           now() + interval '24 hours', 1, 1, now()
    FROM number RETURNING id
), event AS (
    INSERT INTO case_event (tenant_id, id, case_id, seq, action, to_status, actor, occurred_at)
    SELECT ':tenant', gen_random_uuid(), record.id, 1, 'report', 'REPORTED', 'bench', now() FROM record
)
INSERT INTO outbox_event (tenant_id, id, event_type, aggregate_type, aggregate_id, actor, payload, occurred_at,
                          read_permission, grid_path, department_ids, owner_subject, owner_client)
SELECT ':tenant', gen_random_uuid(), 'case.reported', 'case', record.id::text, 'bench', '{}'::jsonb, now(),
       'CASES_READ', '/' || ':grid' || '/', '{}', 'bench-' || :n, 'bench' FROM record;
COMMIT;
