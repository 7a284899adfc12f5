-- The grid nodes a Party organisation covers (a grid Party branch, a compound's branch): the base of coverage rates.
create table party_organization_grid (
    tenant_id       text not null references tenant (id),
    organization_id uuid not null,
    grid_id         uuid not null,
    primary key (tenant_id, organization_id, grid_id),
    foreign key (tenant_id, organization_id) references party_organization (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id)
);
create index party_organization_grid_by_grid on party_organization_grid (tenant_id, grid_id);

alter table party_organization_grid enable row level security;
alter table party_organization_grid force row level security;
create policy tenant_isolation on party_organization_grid using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, delete on party_organization_grid to ${appRole};
