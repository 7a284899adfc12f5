-- Party organisations: a tree by type (committee → general branch → branch → group; temporary branches for one job).
create table party_organization (
    tenant_id     text        not null references tenant (id),
    id            uuid        not null,
    parent_id     uuid,
    type          text        not null check (type in ('COMMITTEE', 'WORKING_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH',
                                                       'GROUP', 'TEMPORARY_BRANCH')),
    name          text        not null,
    host_kind     text        not null,
    path          text        not null,
    purpose       text,
    ends_on       date,
    established_on date       not null,
    dissolved_on  date,
    version       bigint      not null,
    created_at    timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, parent_id) references party_organization (tenant_id, id)
);
create index party_organization_subtree on party_organization (tenant_id, path text_pattern_ops);

-- Party members: personal data encrypted (_enc columns), the ID number also as a keyed hash to find duplicates.
create table party_member (
    tenant_id       text        not null references tenant (id),
    id              uuid        not null,
    organization_id uuid        not null,
    name_enc        text        not null,
    phone_enc       text,
    id_number_enc   text        not null,
    id_number_hash  text        not null,
    status          text        not null check (status in ('FULL', 'PROBATIONARY')),
    kind            text        not null check (kind in ('REGISTERED', 'IN_SERVICE_REPORTED', 'MOBILE')),
    joined_on       date        not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, id_number_hash),
    foreign key (tenant_id, organization_id) references party_organization (tenant_id, id)
);

alter table party_organization enable row level security;
alter table party_organization force row level security;
create policy tenant_isolation on party_organization using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table party_member enable row level security;
alter table party_member force row level security;
create policy tenant_isolation on party_member using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on party_organization, party_member to ${appRole};

-- A volunteer may be a Party member (in-service members serving their home community).
alter table volunteer add column party_member_id uuid;
alter table volunteer add constraint volunteer_party_member_fk
    foreign key (tenant_id, party_member_id) references party_member (tenant_id, id);
