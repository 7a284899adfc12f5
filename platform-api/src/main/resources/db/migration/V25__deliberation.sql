-- Deliberation (提—议—决—办—评): councils, topics and their meetings, votes with their rolls and ballots,
-- implementation tasks, residents' evaluations; and the registers votes draw their electorates from (property
-- units and their owners, residents bound to a household or an owner, residents' group representatives).

-- 议事会: a council at a grid node, authorised by a residents' meeting for a stated scope.
create table council (
    tenant_id              text        not null references tenant (id),
    id                     uuid        not null,
    grid_id                uuid        not null,
    name                   text        not null,
    mandate_scope          text        not null,
    mandate_topic_id       uuid,
    seconds_to_agenda      integer     not null check (seconds_to_agenda between 0 and 100000),
    evaluation_window_days integer     not null check (evaluation_window_days between 1 and 365),
    term_no                integer     not null check (term_no >= 1),
    term_starts_on         date        not null,
    term_ends_on           date        not null check (term_ends_on > term_starts_on),
    version                bigint      not null,
    created_at             timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id)
);
create index council_by_grid on council (tenant_id, grid_id, id);

-- Members hold a seat for one term; a seat names a role and a place ("3号楼居民代表"), never a person's name.
create table council_member (
    tenant_id       text        not null references tenant (id),
    id              uuid        not null,
    council_id      uuid        not null,
    term_no         integer     not null,
    role            text        not null check (role in ('RESIDENTS_REPRESENTATIVE', 'PARTY_MEMBER', 'OWNERS_COMMITTEE',
                                                         'PROPERTY_COMPANY', 'DEPARTMENT_LIAISON',
                                                         'SUPERVISORY_COMMITTEE')),
    seat            text        not null,
    account_subject text,
    household_id    uuid,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, council_id) references council (tenant_id, id),
    foreign key (tenant_id, household_id) references household (tenant_id, id)
);
create index council_member_by_council on council_member (tenant_id, council_id, term_no, id);
create unique index council_member_account_once on council_member (tenant_id, council_id, term_no, account_subject)
    where account_subject is not null;

-- 议题: one lifecycle from proposal to the published result.
create table topic (
    tenant_id          text        not null references tenant (id),
    id                 uuid        not null,
    council_id         uuid        not null,
    grid_id            uuid        not null,
    title              text        not null,
    description        text        not null,
    origin             text        not null check (origin in ('RESIDENT', 'PARTY_MEMBER', 'PARTY_ORGANIZATION',
                                                              'GRID_WORKER', 'COUNCIL', 'CASE', 'NEED')),
    origin_ref         text,
    proposer_key       text        not null,
    major              boolean     not null,
    party_org_id       uuid,
    stage              text        not null check (stage in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'DELIBERATING',
                                                             'DECIDING', 'DECIDED', 'IMPLEMENTING', 'EVALUATING',
                                                             'CLOSED', 'WITHDRAWN')),
    seconds            integer     not null default 0,
    decline_reason     text,
    review_verdict     text check (review_verdict in ('APPROVED', 'RETURNED')),
    review_opinion     text,
    reviewer           text,
    reviewed_on        date,
    outcome            text check (outcome in ('PASSED', 'FAILED')),
    decision_kind      text check (decision_kind in ('RESOLUTION', 'CONVENTION')),
    decision_basis     text check (decision_basis in ('VOTE', 'CONSULTATION')),
    decision_text      text,
    decision_revision  integer,
    amends_topic_id    uuid,
    superseded_by      uuid,
    funded_by          text,
    vote_id            uuid,
    evaluation_closes_at timestamptz,
    published_result   text,
    proposed_at        timestamptz not null,
    accepted_at        timestamptz,
    decided_at         timestamptz,
    closed_at          timestamptz,
    version            bigint      not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, council_id) references council (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    foreign key (tenant_id, amends_topic_id) references topic (tenant_id, id)
);
create index topic_by_council on topic (tenant_id, council_id, id);
create index topic_by_stage on topic (tenant_id, stage, id);
alter table council add foreign key (tenant_id, mandate_topic_id) references topic (tenant_id, id);

-- 附议: one second per resident (or per resident a vendor's app acts for).
create table topic_second (
    tenant_id  text        not null references tenant (id),
    topic_id   uuid        not null,
    actor_key  text        not null,
    primary key (tenant_id, topic_id, actor_key),
    foreign key (tenant_id, topic_id) references topic (tenant_id, id)
);

create table topic_meeting (
    tenant_id   text        not null references tenant (id),
    id          uuid        not null,
    topic_id    uuid        not null,
    kind        text        not null check (kind in ('COUNCIL_MEETING', 'HEART_TO_HEART_TALK', 'OPEN_AIR_MEETING',
                                                     'COURTYARD_MEETING', 'BUILDING_BRANCH_MEETING',
                                                     'DOOR_TO_DOOR_CONSULTATION', 'CONSULTATION_ROOM')),
    held_at     timestamptz not null,
    grid_id     uuid        not null,
    units_json  text        not null,
    attendance  integer     not null check (attendance >= 0),
    minutes     text,
    options_json text       not null,
    created_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, topic_id) references topic (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id)
);
create index topic_meeting_by_topic on topic_meeting (tenant_id, topic_id, held_at, id);

-- Online consultation: residents' comments, published once moderated.
create table topic_comment (
    tenant_id  text        not null references tenant (id),
    id         uuid        not null,
    topic_id   uuid        not null,
    actor_key  text        not null,
    body       text        not null,
    state      text        not null check (state in ('PENDING', 'PUBLISHED', 'REJECTED')),
    moderated_by text,
    created_at timestamptz not null,
    version    bigint      not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, topic_id) references topic (tenant_id, id)
);
create index topic_comment_by_topic on topic_comment (tenant_id, topic_id, id);

-- A vote: its rule and electorate are fixed when it opens (a trigger refuses any later change).
create table vote (
    tenant_id        text        not null references tenant (id),
    id               uuid        not null,
    topic_id         uuid        not null,
    motion           text        not null,
    decision_kind    text        not null check (decision_kind in ('RESOLUTION', 'CONVENTION')),
    rule             text        not null check (rule in ('SIMPLE_MAJORITY', 'RESIDENTS_MEETING', 'OWNERS_ORDINARY',
                                                          'OWNERS_SPECIAL', 'UNANIMOUS')),
    meeting_form     text check (meeting_form in ('ALL_ADULT_RESIDENTS', 'HOUSEHOLD_REPRESENTATIVES',
                                                  'GROUP_REPRESENTATIVES', 'REPRESENTATIVES_MEETING')),
    quorum_percent   integer check (quorum_percent between 1 and 100),
    electorate       text        not null check (electorate in ('COUNCIL_MEMBERS', 'HOUSEHOLDS', 'RESIDENTS',
                                                                'REPRESENTATIVES', 'OWNERS')),
    grid_ids_json    text        not null,
    secret           boolean     not null,
    state            text        not null check (state in ('DRAFT', 'OPEN', 'CLOSED')),
    entitled         integer,
    entitled_area    numeric(14, 2),
    yes_count        integer,
    no_count         integer,
    abstain_count    integer,
    yes_area         numeric(14, 2),
    no_area          numeric(14, 2),
    abstain_area     numeric(14, 2),
    quorate          boolean,
    passed           boolean,
    opened_at        timestamptz,
    closed_at        timestamptz,
    -- a secret vote's ballot box while it is open: the weights cast for each choice, kept sorted, so that neither
    -- order nor time is stored; the ballots are written out, shuffled, when the vote closes
    box_yes          numeric(14, 2)[] not null default '{}',
    box_no           numeric(14, 2)[] not null default '{}',
    box_abstain      numeric(14, 2)[] not null default '{}',
    version          bigint      not null,
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, topic_id) references topic (tenant_id, id)
);
create index vote_by_topic on vote (tenant_id, topic_id, id);
create unique index vote_one_open_per_topic on vote (tenant_id, topic_id) where state <> 'CLOSED';
alter table topic add foreign key (tenant_id, vote_id) references vote (tenant_id, id);

create function vote_rule_is_fixed() returns trigger language plpgsql as $$
begin
    if old.state <> 'DRAFT' and (new.rule is distinct from old.rule or new.meeting_form is distinct from old.meeting_form
            or new.quorum_percent is distinct from old.quorum_percent or new.electorate is distinct from old.electorate
            or new.grid_ids_json is distinct from old.grid_ids_json or new.secret is distinct from old.secret
            or new.motion is distinct from old.motion) then
        raise exception 'the rule of vote % is fixed since it opened', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger vote_rule_fixed before update on vote for each row execute function vote_rule_is_fixed();

-- The roll: who may vote (a snapshot taken when the vote opens) and whether they have. It names no ballot, and
-- for a secret vote no time either.
create table vote_elector (
    tenant_id   text        not null references tenant (id),
    vote_id     uuid        not null,
    id          uuid        not null,
    ref_kind    text        not null check (ref_kind in ('COUNCIL_MEMBER', 'HOUSEHOLD', 'RESIDENT', 'REPRESENTATIVE',
                                                     'OWNER')),
    ref_id      uuid        not null,
    weight      numeric(14, 2) not null check (weight >= 0),
    voted       boolean     not null default false,
    paper_recorded_by text,
    cast_at     timestamptz,
    primary key (tenant_id, vote_id, id),
    unique (tenant_id, vote_id, ref_id),
    foreign key (tenant_id, vote_id) references vote (tenant_id, id)
);

-- Ballots: yes, no or abstain, never edited. An open vote's ballot names its elector and time; a secret vote's
-- carries a random id, its choice and weight only, and exists from the close on.
create table vote_ballot (
    tenant_id   text        not null references tenant (id),
    vote_id     uuid        not null,
    id          uuid        not null,
    choice      text        not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    weight      numeric(14, 2) not null,
    elector_id  uuid,
    cast_at     timestamptz,
    primary key (tenant_id, vote_id, id),
    foreign key (tenant_id, vote_id) references vote (tenant_id, id),
    foreign key (tenant_id, vote_id, elector_id) references vote_elector (tenant_id, vote_id, id)
);
create unique index vote_ballot_once on vote_ballot (tenant_id, vote_id, elector_id) where elector_id is not null;

-- 办: tasks a decision creates, with dated milestones and 0–100 progress.
create table topic_task (
    tenant_id     text        not null references tenant (id),
    id            uuid        not null,
    topic_id      uuid        not null,
    title         text        not null,
    owner_kind    text        not null check (owner_kind in ('DEPARTMENT', 'COMMUNITY_BODY', 'PARTY_ORGANIZATION',
                                                             'VOLUNTEER_TEAM')),
    owner_id      uuid        not null,
    due_on        date        not null,
    progress      integer     not null check (progress between 0 and 100),
    done_on       date,
    case_id       uuid,
    links_json    text        not null,
    version       bigint      not null,
    created_at    timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, topic_id) references topic (tenant_id, id)
);
create index topic_task_by_topic on topic_task (tenant_id, topic_id, id);
create table topic_task_milestone (
    tenant_id  text        not null references tenant (id),
    id         uuid        not null,
    task_id    uuid        not null,
    reached_on date        not null,
    progress   integer     not null check (progress between 0 and 100),
    note       text        not null,
    created_at timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, task_id) references topic_task (tenant_id, id)
);
create index topic_task_milestone_by_task on topic_task_milestone (tenant_id, task_id, reached_on, id);

-- 评: one evaluation per resident of the venue, 1–5 (satisfied from 4).
create table topic_evaluation (
    tenant_id  text        not null references tenant (id),
    topic_id   uuid        not null,
    actor_key  text        not null,
    score      integer     not null check (score between 1 and 5),
    comment    text,
    created_at timestamptz not null,
    primary key (tenant_id, topic_id, actor_key),
    foreign key (tenant_id, topic_id) references topic (tenant_id, id)
);

-- 专有部分 and their owners (Civil Code art. 278 counts owners by head and by exclusive floor area).
create table property_owner (
    tenant_id  text        not null references tenant (id),
    id         uuid        not null,
    register_ref text      not null,
    created_at timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, register_ref)
);
create table property_unit (
    tenant_id  text        not null references tenant (id),
    id         uuid        not null,
    grid_id    uuid        not null,
    unit_no    text        not null,
    area       numeric(10, 2) not null check (area > 0),
    owner_id   uuid        not null,
    created_at timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, grid_id, unit_no),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    foreign key (tenant_id, owner_id) references property_owner (tenant_id, id)
);
create index property_unit_by_owner on property_unit (tenant_id, owner_id);

-- A resident (own account, or a vendor app's end user) bound to a household or an owner; staff verify it.
create table resident_binding (
    tenant_id    text        not null references tenant (id),
    id           uuid        not null,
    actor_key    text        not null,
    client_id    text,
    household_id uuid,
    owner_id     uuid,
    state        text        not null check (state in ('REQUESTED', 'VERIFIED', 'REVOKED')),
    verified_by  text,
    requested_at timestamptz not null,
    verified_at  timestamptz,
    version      bigint      not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, household_id) references household (tenant_id, id),
    foreign key (tenant_id, owner_id) references property_owner (tenant_id, id),
    check (num_nonnulls(household_id, owner_id) = 1)
);
create unique index resident_binding_once on resident_binding (tenant_id, actor_key, coalesce(household_id, owner_id))
    where state <> 'REVOKED';

-- Residents' group representatives (居民小组代表), two or three per group; the group is a grid node.
create table resident_representative (
    tenant_id       text        not null references tenant (id),
    id              uuid        not null,
    grid_id         uuid        not null,
    account_subject text        not null,
    household_id    uuid,
    since_on        date        not null,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, grid_id, account_subject),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    foreign key (tenant_id, household_id) references household (tenant_id, id)
);

do $$
declare t text;
begin
    foreach t in array array['council', 'council_member', 'topic', 'topic_second', 'topic_meeting', 'topic_comment',
            'vote', 'vote_elector', 'vote_ballot', 'topic_task', 'topic_task_milestone', 'topic_evaluation',
            'property_owner', 'property_unit', 'resident_binding', 'resident_representative'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end $$;

grant select, insert, update on council, topic, topic_meeting, topic_comment, vote, vote_elector, topic_task,
    property_owner, property_unit, resident_binding, resident_representative to ${appRole};
grant select, insert on council_member, topic_second, vote_ballot, topic_task_milestone, topic_evaluation to ${appRole};
grant delete on council_member, resident_representative to ${appRole};
