-- Volunteer teams (志愿服务队): a service area, a leader, a grid; volunteers belong to teams.
create table volunteer_team (
    tenant_id    text        not null references tenant (id),
    id           uuid        not null,
    name         text        not null,
    service_area text        not null check (service_area in ('PUBLIC_SECURITY', 'SANITATION', 'ORDER', 'CULTURE',
                                                               'ELDERLY_CARE', 'OTHER')),
    grid_id      uuid        not null,
    leader_id    uuid,
    created_at   timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    foreign key (tenant_id, leader_id) references volunteer (tenant_id, id)
);

create table volunteer_team_member (
    tenant_id    text        not null references tenant (id),
    team_id      uuid        not null,
    volunteer_id uuid        not null,
    joined_at    timestamptz not null,
    primary key (tenant_id, team_id, volunteer_id),
    foreign key (tenant_id, team_id) references volunteer_team (tenant_id, id),
    foreign key (tenant_id, volunteer_id) references volunteer (tenant_id, id)
);

alter table volunteer_team enable row level security;
alter table volunteer_team force row level security;
create policy tenant_isolation on volunteer_team using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table volunteer_team_member enable row level security;
alter table volunteer_team_member force row level security;
create policy tenant_isolation on volunteer_team_member using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on volunteer_team to ${appRole};
grant select, insert, delete on volunteer_team_member to ${appRole};
