-- How long a reporter's contact is kept after their case closes, and when it was erased (by that retention or on
-- the person's request). A timeline entry's actor may be erased too; the rest of the timeline stays immutable.
alter table tenant add column contact_retention_days integer not null default 365
    check (contact_retention_days between 1 and 3650);
alter table case_record add column contact_erased_at timestamptz;
grant update (actor, actor_role) on case_event to ${appRole};
