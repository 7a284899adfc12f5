-- The three lists (三个清单) of a community: resources (资源清单), needs (需求清单) and projects (项目清单).
create table list_resource (
    tenant_id     text        not null references tenant (id),
    id            uuid        not null,
    grid_id       uuid        not null,
    kind          text        not null check (kind in ('PLACE', 'TEAM', 'PERSON_POOL', 'SERVICE', 'FUND')),
    name          text        not null,
    provider_kind text        not null check (provider_kind in ('COMMUNITY', 'DEPARTMENT', 'COMMUNITY_BODY',
                                                                'ENTERPRISE')),
    provider_ref  text,
    provider_name text        not null,
    capacity      integer     check (capacity >= 0),
    availability  text,
    active        boolean     not null,
    version       bigint      not null,
    created_at    timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id)
);
create index list_resource_by_grid on list_resource (tenant_id, grid_id, id);

create table list_booking (
    tenant_id   text        not null references tenant (id),
    id          uuid        not null,
    resource_id uuid        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null check (ends_at > starts_at),
    purpose     text        not null,
    booked_by   text        not null,
    state       text        not null check (state in ('BOOKED', 'CANCELLED')),
    version     bigint      not null,
    created_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, resource_id) references list_resource (tenant_id, id)
);
create index list_booking_by_resource on list_booking (tenant_id, resource_id, starts_at);

create table list_project (
    tenant_id          text        not null references tenant (id),
    id                 uuid        not null,
    grid_id            uuid        not null,
    title              text        not null,
    description        text        not null,
    decision_topic_id  uuid,
    budget_fen         bigint      not null check (budget_fen >= 0),
    funding_json       text        not null,
    owner_kind         text        not null,
    owner_id           uuid        not null,
    long_term          boolean     not null,
    state              text        not null check (state in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    progress           integer     not null check (progress between 0 and 100),
    started_on         date,
    done_on            date,
    cancel_reason      text,
    version            bigint      not null,
    created_at         timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id)
);
create index list_project_by_grid on list_project (tenant_id, grid_id, id);

create table list_need (
    tenant_id      text        not null references tenant (id),
    id             uuid        not null,
    grid_id        uuid        not null,
    title          text        not null,
    description    text        not null,
    category       text        not null,
    source         text        not null check (source in ('VISIT', 'FORUM', 'HOTLINE', 'COUNCIL', 'CASE', 'SURVEY')),
    households     integer     not null check (households >= 1),
    route          text        check (route in ('COMMUNITY', 'ESCALATE', 'DECLINED')),
    status         text        not null check (status in ('OPEN', 'MATCHED', 'ESCALATED', 'DECLINED', 'MERGED')),
    decline_reason text,
    resources_json text        not null,
    case_id        uuid,
    merged_into    uuid,
    version        bigint      not null,
    created_at     timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    foreign key (tenant_id, merged_into) references list_need (tenant_id, id)
);
create index list_need_by_grid on list_need (tenant_id, grid_id, id);

-- A project answers one or more needs; a need may be answered by more than one project.
create table list_project_need (
    tenant_id  text not null references tenant (id),
    project_id uuid not null,
    need_id    uuid not null,
    primary key (tenant_id, project_id, need_id),
    foreign key (tenant_id, project_id) references list_project (tenant_id, id),
    foreign key (tenant_id, need_id) references list_need (tenant_id, id)
);
create index list_project_need_by_need on list_project_need (tenant_id, need_id);

create table list_project_resource (
    tenant_id   text not null references tenant (id),
    project_id  uuid not null,
    resource_id uuid not null,
    primary key (tenant_id, project_id, resource_id),
    foreign key (tenant_id, project_id) references list_project (tenant_id, id),
    foreign key (tenant_id, resource_id) references list_resource (tenant_id, id)
);

create table list_project_milestone (
    tenant_id  text        not null references tenant (id),
    id         uuid        not null,
    project_id uuid        not null,
    reached_on date        not null,
    progress   integer     not null check (progress between 0 and 100),
    note       text        not null,
    created_at timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, project_id) references list_project (tenant_id, id)
);

create table list_project_evaluation (
    tenant_id   text        not null references tenant (id),
    project_id  uuid        not null,
    actor_key   text        not null,
    score       integer     not null check (score between 1 and 5),
    comment     text,
    recorded_by text,
    created_at  timestamptz not null,
    primary key (tenant_id, project_id, actor_key),
    foreign key (tenant_id, project_id) references list_project (tenant_id, id)
);

do $$
declare t text;
begin
    foreach t in array array['list_resource', 'list_booking', 'list_project', 'list_need', 'list_project_need', 'list_project_resource',
            'list_project_milestone', 'list_project_evaluation'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end $$;

grant select, insert, update on list_resource, list_booking, list_project, list_need to ${appRole};
grant select, insert, update on list_project_evaluation to ${appRole};
grant select, insert on list_project_need, list_project_resource, list_project_milestone to ${appRole};
