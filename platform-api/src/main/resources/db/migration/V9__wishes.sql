-- Wishes (微心愿): a resident posts one, a volunteer claims and fulfils it, the resident confirms; points then.
create table wish (
    tenant_id       text        not null references tenant (id),
    id              uuid        not null,
    title           text        not null,
    description     text        not null,
    grid_id         uuid        not null,
    resident_subject text       not null,
    points          integer     not null check (points between 1 and 1000),
    status          text        not null check (status in ('POSTED', 'CLAIMED', 'FULFILLED', 'CONFIRMED', 'WITHDRAWN')),
    volunteer_id    uuid,
    claimed_at      timestamptz,
    fulfilled_at    timestamptz,
    confirmed_at    timestamptz,
    version         bigint      not null,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    foreign key (tenant_id, volunteer_id) references volunteer (tenant_id, id)
);
create index wish_by_status on wish (tenant_id, status, id);

alter table wish enable row level security;
alter table wish force row level security;
create policy tenant_isolation on wish using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on wish to ${appRole};
