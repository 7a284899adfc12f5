-- The event feed. Each event keeps the id of the transaction that wrote it (tx) and its place within it (seq):
-- the feed reads only events whose transaction is older than every transaction still running, in (tx, seq) order,
-- so an event can never appear behind a position a reader has already passed. Who may read an event is decided
-- when it is written: the permission its family needs and, for records reached by grid or department, where the
-- record lay and whose it was.
alter table outbox_event
    add column tx              xid8   not null default pg_current_xact_id(),
    add column seq             bigint generated always as identity,
    add column read_permission text,
    add column grid_path       text,
    add column department_ids  text[] not null default '{}',
    add column owner_subject   text,
    add column owner_client    text;
create index outbox_event_feed on outbox_event (tenant_id, tx, seq);

do $$
declare
    t text;
begin
    for t in select id from tenant loop
        perform set_config('app.tenant_id', t, true);
        update outbox_event set read_permission = case
            when aggregate_type in ('case', 'case-category', 'department') then 'CASES_READ'
            when aggregate_type = 'assignment' then 'ASSIGNMENTS_WRITE'
            when aggregate_type in ('grid', 'resource', 'need', 'project') then 'GRIDS_READ'
            when aggregate_type = 'household' then 'HOUSEHOLDS_READ'
            when aggregate_type in ('party-member', 'party-organization', 'community-body', 'alliance')
                then 'PARTY_READ'
            when aggregate_type in ('volunteer', 'volunteer-team', 'activity', 'reward', 'redemption',
                                    'points-transaction', 'points-expiry', 'points-multiplier', 'wish')
                then 'VOLUNTEERS_READ'
            when aggregate_type in ('council', 'topic', 'vote', 'task', 'property_unit', 'binding', 'representative')
                then 'DELIBERATION_READ'
            when aggregate_type in ('fund_account', 'fund_entry') then 'FUNDS_READ'
            else 'TENANT_ADMIN' end
         where tenant_id = t;
        update outbox_event o
           set grid_path = g.path,
               department_ids = case when c.handler_kind = 'DEPARTMENT' then array[cast(c.handler_id as text)]
                                     else '{}' end
                                || coalesce((select array_agg(cast(s.department_id as text)) from case_summons s
                                              where s.tenant_id = t and s.case_id = c.id), '{}'),
               owner_subject = c.reporter_subject,
               owner_client = c.reporter_client
          from case_record c
          join grid_node g on g.tenant_id = c.tenant_id and g.id = c.grid_id
         where o.tenant_id = t and c.tenant_id = t and o.aggregate_type = 'case'
           and o.aggregate_id = cast(c.id as text);
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
alter table outbox_event alter column read_permission set not null;

-- A deadline reminder is sent once per record, kind and deadline: a moved deadline is reminded of again.
create table deadline_notice (
    tenant_id   text        not null references tenant (id),
    record_type text        not null,
    record_id   uuid        not null,
    kind        text        not null check (kind in ('DUE_SOON', 'OVERDUE')),
    due_at      timestamptz not null,
    noticed_at  timestamptz not null,
    primary key (tenant_id, record_type, record_id, kind, due_at)
);
create index deadline_notice_by_time on deadline_notice (tenant_id, noticed_at);

-- Webhook endpoints per the Standard Webhooks specification; each belongs to the client that created it and
-- receives what that client may read. The secret is sealed like personal data; during a rotation the previous
-- one signs too until it expires.
create table webhook_endpoint (
    tenant_id               text        not null references tenant (id),
    id                      uuid        not null,
    client_id               text        not null,
    owner_subject           text        not null,
    owner_roles             text[]      not null,
    url                     text        not null,
    description             text,
    event_types             text[]      not null,
    enabled                 boolean     not null,
    disabled_reason         text,
    secret_sealed           text        not null,
    previous_secret_sealed  text,
    previous_secret_expires timestamptz,
    position_tx             xid8        not null,
    position_seq            bigint      not null,
    failing_since           timestamptz,
    version                 bigint      not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    primary key (tenant_id, id)
);
create index webhook_endpoint_by_client on webhook_endpoint (tenant_id, client_id, id);
create index webhook_endpoint_enabled on webhook_endpoint (enabled) where enabled;

-- One message per endpoint and event (or test ping), retried on the schedule until delivered or given up.
create table webhook_delivery (
    tenant_id       text        not null references tenant (id),
    id              uuid        not null,
    endpoint_id     uuid        not null,
    message_id      text        not null,
    event_type      text        not null,
    body            text        not null,
    state           text        not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     not null,
    next_attempt_at timestamptz,
    lease_until     timestamptz,
    last_status     integer,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, endpoint_id) references webhook_endpoint (tenant_id, id) on delete cascade
);
create index webhook_delivery_by_endpoint on webhook_delivery (tenant_id, endpoint_id, id);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';

create table webhook_attempt (
    tenant_id        text        not null references tenant (id),
    id               uuid        not null,
    delivery_id      uuid        not null,
    attempted_at     timestamptz not null,
    status           integer,
    latency_ms       integer     not null,
    response_excerpt text,
    error            text,
    primary key (tenant_id, id),
    foreign key (tenant_id, delivery_id) references webhook_delivery (tenant_id, id) on delete cascade
);
create index webhook_attempt_by_delivery on webhook_attempt (tenant_id, delivery_id, id);

alter table deadline_notice enable row level security;
alter table deadline_notice force row level security;
create policy tenant_isolation on deadline_notice
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table webhook_endpoint enable row level security;
alter table webhook_endpoint force row level security;
create policy tenant_isolation on webhook_endpoint
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table webhook_delivery enable row level security;
alter table webhook_delivery force row level security;
create policy tenant_isolation on webhook_delivery
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table webhook_attempt enable row level security;
alter table webhook_attempt force row level security;
create policy tenant_isolation on webhook_attempt
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- The relay finds due work across tenants as the schema owner only, and only when it says so for the transaction;
-- the application role never gets this policy.
create policy relay_across_tenants on webhook_endpoint to current_user
    using (current_setting('app.all_tenants', true) = 'on');
create policy relay_across_tenants on webhook_delivery to current_user
    using (current_setting('app.all_tenants', true) = 'on')
    with check (current_setting('app.all_tenants', true) = 'on');
create policy relay_across_tenants on webhook_attempt to current_user
    using (current_setting('app.all_tenants', true) = 'on')
    with check (current_setting('app.all_tenants', true) = 'on');

grant select, insert on deadline_notice to ${appRole};
grant select, insert, update, delete on webhook_endpoint to ${appRole};
grant select, insert, update on webhook_delivery to ${appRole};
grant select, insert on webhook_attempt to ${appRole};
