-- How many days an unsatisfied resident has to reopen a closed case: a tenant setting.
alter table tenant add column case_reopen_days integer not null default 7 check (case_reopen_days between 0 and 365);

-- Functional departments and other units cases are dispatched to.
create table department (
    tenant_id  text        not null references tenant (id),
    id         uuid        not null,
    code       text        not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name       text        not null,
    kind       text        not null,
    active     boolean     not null,
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, code)
);

-- The tenant's catalogue of case categories with deadlines (hours) per priority.
create table case_category (
    tenant_id                   text        not null references tenant (id),
    code                        text        not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name                        text        not null,
    normal_accept_hours         integer     not null check (normal_accept_hours > 0),
    normal_acknowledge_hours    integer     not null check (normal_acknowledge_hours > 0),
    normal_resolve_hours        integer     not null check (normal_resolve_hours > 0),
    urgent_accept_hours         integer     not null check (urgent_accept_hours > 0),
    urgent_acknowledge_hours    integer     not null check (urgent_acknowledge_hours > 0),
    urgent_resolve_hours        integer     not null check (urgent_resolve_hours > 0),
    emergency_accept_hours      integer     not null check (emergency_accept_hours > 0),
    emergency_acknowledge_hours integer     not null check (emergency_acknowledge_hours > 0),
    emergency_resolve_hours     integer     not null check (emergency_resolve_hours > 0),
    active                      boolean     not null,
    version                     bigint      not null,
    updated_at                  timestamptz not null,
    primary key (tenant_id, code)
);

-- Human case numbers (SIP-2026-000123): one counter per tenant and year.
create table case_number_counter (
    tenant_id text    not null references tenant (id),
    year      integer not null,
    last      bigint  not null,
    primary key (tenant_id, year)
);

create table case_record (
    tenant_id          text             not null references tenant (id),
    id                 uuid             not null,
    number             text             not null,
    title              text             not null,
    description        text             not null,
    category_code      text             not null,
    priority           text             not null check (priority in ('NORMAL', 'URGENT', 'EMERGENCY')),
    source             text             not null,
    status             text             not null,
    reporter_subject   text,
    reporter_client    text,
    anonymous          boolean          not null,
    lon                double precision,
    lat                double precision,
    address            text,
    grid_id            uuid             not null,
    attachments        text,
    handler_kind       text check (handler_kind in ('GRID', 'DEPARTMENT')),
    handler_id         uuid,
    master_case_id     uuid,
    reject_reason      text,
    resolution_note    text,
    rework_count       integer          not null,
    evaluation_score   integer check (evaluation_score between 1 and 5),
    evaluation_comment text,
    evaluated_at       timestamptz,
    reported_at        timestamptz      not null,
    accepted_at        timestamptz,
    dispatched_at      timestamptz,
    acknowledged_at    timestamptz,
    resolved_at        timestamptz,
    closed_at          timestamptz,
    accept_due_at      timestamptz      not null,
    acknowledge_due_at timestamptz,
    resolve_due_at     timestamptz,
    event_count        integer          not null,
    version            bigint           not null,
    updated_at         timestamptz      not null,
    primary key (tenant_id, id),
    unique (tenant_id, number),
    foreign key (tenant_id, category_code) references case_category (tenant_id, code),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    foreign key (tenant_id, master_case_id) references case_record (tenant_id, id)
);
create index case_record_by_status on case_record (tenant_id, status, id);
create index case_record_by_grid on case_record (tenant_id, grid_id, id);
create index case_record_by_handler on case_record (tenant_id, handler_id, id);

-- The immutable timeline: the application role may insert and read, never change.
create table case_event (
    tenant_id   text        not null references tenant (id),
    id          uuid        not null,
    case_id     uuid        not null,
    seq         integer     not null,
    action      text        not null,
    from_status text,
    to_status   text        not null,
    actor       text        not null,
    actor_role  text,
    note        text,
    occurred_at timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, case_id, seq),
    foreign key (tenant_id, case_id) references case_record (tenant_id, id)
);

alter table department enable row level security;
alter table department force row level security;
create policy tenant_isolation on department
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table case_category enable row level security;
alter table case_category force row level security;
create policy tenant_isolation on case_category
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table case_number_counter enable row level security;
alter table case_number_counter force row level security;
create policy tenant_isolation on case_number_counter
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table case_record enable row level security;
alter table case_record force row level security;
create policy tenant_isolation on case_record
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table case_event enable row level security;
alter table case_event force row level security;
create policy tenant_isolation on case_event
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on department to ${appRole};
grant select, insert, update on case_category to ${appRole};
grant select, insert, update on case_number_counter to ${appRole};
grant select, insert, update on case_record to ${appRole};
grant select, insert on case_event to ${appRole};
