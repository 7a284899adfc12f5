-- Who acts where: a person or application (token subject) in a role, on a grid node (its whole subtree) or for a
-- department. Grid workers, community and street officers and department officers see and act on cases only
-- through these.
create table assignment (
    tenant_id     text        not null references tenant (id),
    id            uuid        not null,
    subject       text        not null,
    role          text        not null,
    grid_id       uuid,
    department_id uuid,
    created_at    timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    foreign key (tenant_id, department_id) references department (tenant_id, id),
    check ((grid_id is null) <> (department_id is null))
);
create unique index assignment_unique on assignment (tenant_id, subject, role, coalesce(grid_id, department_id));
create index assignment_by_subject on assignment (tenant_id, subject);

alter table assignment enable row level security;
alter table assignment force row level security;
create policy tenant_isolation on assignment
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, delete on assignment to ${appRole};
