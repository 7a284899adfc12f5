-- Global table: the tenant registry. Read before any tenant is known (to pick a token verifier by issuer), so it
-- carries no tenant_id and no RLS; the application role may only read it.
create table tenant (
    id            text        primary key check (id ~ '^[a-z][a-z0-9-]{1,30}$'),
    name          text        not null,
    division_code char(6)     not null check (division_code ~ '^[1-9][0-9]{5}$'),
    kind          text        not null check (kind in ('CITY', 'DISTRICT')),
    issuer        text        not null unique,
    status        text        not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
grant select on tenant to ${appRole};

-- The grid tree. path = '/<root id>/.../<own id>/' gives subtree and ancestor queries without recursion.
create table grid_node (
    tenant_id  text             not null references tenant (id),
    id         uuid             not null,
    parent_id  uuid,
    level      text             not null check (level in ('CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID', 'COMPOUND', 'BUILDING')),
    code       text             not null check (code ~ '^[0-9]{6}([0-9]{3})*$'),
    name       text             not null,
    depth      integer          not null check (depth >= 0),
    path       text             not null,
    population bigint check (population >= 0),
    households bigint check (households >= 0),
    boundary   text,
    min_lon    double precision,
    min_lat    double precision,
    max_lon    double precision,
    max_lat    double precision,
    version    bigint           not null,
    created_at timestamptz      not null,
    updated_at timestamptz      not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, parent_id) references grid_node (tenant_id, id),
    -- deferred so that a move can rewrite a subtree's codes in any order within its transaction
    constraint grid_node_code_unique unique (tenant_id, code) deferrable initially deferred
);
create unique index grid_node_one_root on grid_node (tenant_id) where parent_id is null;
create index grid_node_children on grid_node (tenant_id, parent_id, code);
create index grid_node_subtree on grid_node (tenant_id, path text_pattern_ops);
create index grid_node_bbox on grid_node (tenant_id, min_lon, max_lon) where boundary is not null;

-- Transactional outbox: every state change writes its event in the same transaction.
create table outbox_event (
    tenant_id      text        not null references tenant (id),
    id             uuid        not null,
    event_type     text        not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    actor          text,
    payload        jsonb       not null,
    occurred_at    timestamptz not null,
    primary key (tenant_id, id)
);
create index outbox_event_by_time on outbox_event (tenant_id, occurred_at, id);

-- Idempotency keys of creating POSTs, kept at least 24 h; shared by every platform instance.
create table idempotency_record (
    tenant_id        text        not null references tenant (id),
    principal        text        not null,
    idempotency_key  text        not null,
    request_hash     text        not null,
    state            text        not null check (state in ('IN_FLIGHT', 'COMPLETED')),
    response_status  integer,
    response_headers text,
    response_body    bytea,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    primary key (tenant_id, principal, idempotency_key)
);
create index idempotency_record_expiry on idempotency_record (expires_at);

-- Second wall: row-level security, forced even for the owner. The application role owns nothing and sees only
-- rows of the tenant its transaction declared with set_config('app.tenant_id', ?, true).
alter table grid_node enable row level security;
alter table grid_node force row level security;
create policy tenant_isolation on grid_node
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table outbox_event enable row level security;
alter table outbox_event force row level security;
create policy tenant_isolation on outbox_event
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table idempotency_record enable row level security;
alter table idempotency_record force row level security;
create policy tenant_isolation on idempotency_record
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on grid_node to ${appRole};
grant select, insert on outbox_event to ${appRole};
grant select, insert, update, delete on idempotency_record to ${appRole};
