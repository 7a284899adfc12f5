-- Units summoned by a whistle on a case, each with its own deadline and acknowledgement.
create table case_summons (
    tenant_id       text        not null references tenant (id),
    id              uuid        not null,
    case_id         uuid        not null,
    department_id   uuid        not null,
    summoned_at     timestamptz not null,
    due_at          timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    note            text,
    primary key (tenant_id, id),
    foreign key (tenant_id, case_id) references case_record (tenant_id, id),
    foreign key (tenant_id, department_id) references department (tenant_id, id)
);
create index case_summons_by_case on case_summons (tenant_id, case_id);
create index case_summons_by_department on case_summons (tenant_id, department_id, acknowledged_at);

alter table case_summons enable row level security;
alter table case_summons force row level security;
create policy tenant_isolation on case_summons
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on case_summons to ${appRole};
