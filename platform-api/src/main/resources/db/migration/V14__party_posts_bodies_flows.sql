-- In-service members (在职党员) carry their employer; a member who transferred out of the tenant has left.
alter table party_member add column employer text;
alter table party_member add column employer_organization text;
alter table party_member add column left_on date;

-- Posts in a Party organisation (书记, 委员 …); one serving secretary per organisation.
create table party_post (
    tenant_id       text        not null references tenant (id),
    id              uuid        not null,
    organization_id uuid        not null,
    member_id       uuid        not null,
    title           text        not null check (title in ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER',
                                                          'ORGANISATION_COMMISSIONER', 'PROPAGANDA_COMMISSIONER',
                                                          'DISCIPLINE_COMMISSIONER', 'GROUP_LEADER')),
    started_on      date        not null,
    ended_on        date,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, organization_id) references party_organization (tenant_id, id),
    foreign key (tenant_id, member_id) references party_member (tenant_id, id),
    check (ended_on is null or ended_on >= started_on)
);
create unique index party_post_one_secretary on party_post (tenant_id, organization_id)
    where title = 'SECRETARY' and ended_on is null;
create unique index party_post_once on party_post (tenant_id, organization_id, member_id, title)
    where ended_on is null;
create index party_post_by_member on party_post (tenant_id, member_id);

-- Other community bodies: owners' committees (业委会), property companies, supervisory and residents' committees,
-- and the "two new" organisations, each serving a grid node.
create table community_body (
    tenant_id      text        not null references tenant (id),
    id             uuid        not null,
    kind           text        not null check (kind in ('OWNERS_COMMITTEE', 'PROPERTY_COMPANY',
                                                        'SUPERVISORY_COMMITTEE', 'RESIDENTS_COMMITTEE',
                                                        'NEW_ECONOMIC_ORGANISATION', 'NEW_SOCIAL_ORGANISATION')),
    name           text        not null,
    grid_id        uuid        not null,
    established_on date        not null,
    version        bigint      not null,
    created_at     timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id)
);
create index community_body_by_grid on community_body (tenant_id, grid_id);

-- A seat in a body, held or stood for (candidates of an owners' committee election); a Party member's seat is a
-- post held concurrently (交叉任职, 一肩挑).
create table body_seat (
    tenant_id       text        not null references tenant (id),
    id              uuid        not null,
    body_id         uuid        not null,
    name_enc        text        not null,
    phone_enc       text,
    party_member_id uuid,
    role            text        not null check (role in ('CHAIR', 'DEPUTY_CHAIR', 'MEMBER', 'MANAGER', 'STAFF')),
    standing        text        not null check (standing in ('SEATED', 'CANDIDATE')),
    started_on      date        not null,
    ended_on        date,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, body_id) references community_body (tenant_id, id),
    foreign key (tenant_id, party_member_id) references party_member (tenant_id, id),
    check (ended_on is null or ended_on >= started_on)
);
create unique index body_seat_member_once on body_seat (tenant_id, body_id, party_member_id, standing)
    where party_member_id is not null and ended_on is null;
create index body_seat_by_member on body_seat (tenant_id, party_member_id);

-- In-service reporting (在职党员到社区报到): reported, then accepted or declined by the community.
create table party_report (
    tenant_id             text        not null references tenant (id),
    id                    uuid        not null,
    organization_id       uuid        not null,
    member_id             uuid,
    name_enc              text,
    phone_enc             text,
    id_number_enc         text,
    id_number_hash        text        not null,
    status                text        not null check (status in ('FULL', 'PROBATIONARY')),
    joined_on             date,
    employer              text        not null,
    employer_organization text,
    reported_on           date        not null,
    state                 text        not null check (state in ('REPORTED', 'ACCEPTED', 'DECLINED')),
    decided_on            date,
    decision_note         text,
    version               bigint      not null,
    created_at            timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, organization_id) references party_organization (tenant_id, id),
    foreign key (tenant_id, member_id) references party_member (tenant_id, id)
);
create unique index party_report_open on party_report (tenant_id, organization_id, id_number_hash)
    where state in ('REPORTED', 'ACCEPTED');
create index party_report_by_org on party_report (tenant_id, organization_id, state, id);

-- Transfers of organisational relationship (组织关系转接): issued, then accepted in or declined. The national
-- system decides; the platform records.
create table party_transfer (
    tenant_id            text        not null references tenant (id),
    id                   uuid        not null,
    member_id            uuid        not null,
    from_organization_id uuid        not null,
    to_organization_id   uuid,
    destination          text,
    letter_number        text,
    reason               text,
    state                text        not null check (state in ('ISSUED', 'ACCEPTED', 'DECLINED')),
    issued_on            date        not null,
    decided_on           date,
    decision_note        text,
    version              bigint      not null,
    created_at           timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references party_member (tenant_id, id),
    foreign key (tenant_id, from_organization_id) references party_organization (tenant_id, id),
    foreign key (tenant_id, to_organization_id) references party_organization (tenant_id, id),
    check (num_nonnulls(to_organization_id, destination) = 1)
);
create unique index party_transfer_open on party_transfer (tenant_id, member_id) where state = 'ISSUED';

-- Households (户) of a building, compound or grid, the head of household's name and phone encrypted.
create table household (
    tenant_id      text        not null references tenant (id),
    id             uuid        not null,
    grid_id        uuid        not null,
    address        text        not null,
    head_name_enc  text,
    head_phone_enc text,
    created_at     timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, grid_id, address),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id)
);

-- 党员联户: a member linked to households, or to whole buildings / compounds / grids.
create table party_member_link (
    tenant_id    text        not null references tenant (id),
    id           uuid        not null,
    member_id    uuid        not null,
    grid_id      uuid,
    household_id uuid,
    linked_on    date        not null,
    created_at   timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, member_id) references party_member (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    foreign key (tenant_id, household_id) references household (tenant_id, id),
    check (num_nonnulls(grid_id, household_id) = 1)
);
create unique index party_member_link_once on party_member_link (tenant_id, member_id,
    coalesce(grid_id, household_id));
create index party_member_link_by_household on party_member_link (tenant_id, household_id);

-- Organisation life: 三会一课 and themed Party days, with attendance.
create table party_meeting (
    tenant_id       text        not null references tenant (id),
    id              uuid        not null,
    organization_id uuid        not null,
    kind            text        not null check (kind in ('GROUP_MEETING', 'BRANCH_COMMITTEE_MEETING',
                                                         'GENERAL_MEMBERS_MEETING', 'PARTY_LECTURE',
                                                         'THEMED_PARTY_DAY')),
    title           text        not null,
    held_on         date        not null,
    place           text,
    summary         text,
    created_at      timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, organization_id) references party_organization (tenant_id, id)
);
create index party_meeting_by_org on party_meeting (tenant_id, organization_id, held_on, id);
create table party_meeting_attendance (
    tenant_id  text not null references tenant (id),
    meeting_id uuid not null,
    member_id  uuid not null,
    presence   text not null check (presence in ('PRESENT', 'EXCUSED', 'ABSENT')),
    primary key (tenant_id, meeting_id, member_id),
    foreign key (tenant_id, meeting_id) references party_meeting (tenant_id, id),
    foreign key (tenant_id, member_id) references party_member (tenant_id, id)
);

-- Alliances (“5+” 红色联盟): several bodies meeting and deciding together.
create table alliance (
    tenant_id      text        not null references tenant (id),
    id             uuid        not null,
    name           text        not null,
    grid_id        uuid        not null,
    established_on date        not null,
    version        bigint      not null,
    created_at     timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id)
);
create table alliance_participant (
    tenant_id             text        not null references tenant (id),
    id                    uuid        not null,
    alliance_id           uuid        not null,
    party_organization_id uuid,
    body_id               uuid,
    department_id         uuid,
    lead                  boolean     not null,
    joined_on             date        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, alliance_id) references alliance (tenant_id, id),
    foreign key (tenant_id, party_organization_id) references party_organization (tenant_id, id),
    foreign key (tenant_id, body_id) references community_body (tenant_id, id),
    foreign key (tenant_id, department_id) references department (tenant_id, id),
    check (num_nonnulls(party_organization_id, body_id, department_id) = 1)
);
create unique index alliance_participant_once on alliance_participant (tenant_id, alliance_id,
    coalesce(party_organization_id, body_id, department_id));
create table alliance_meeting (
    tenant_id   text        not null references tenant (id),
    id          uuid        not null,
    alliance_id uuid        not null,
    held_on     date        not null,
    topic       text        not null,
    summary     text,
    created_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, alliance_id) references alliance (tenant_id, id)
);
create index alliance_meeting_by_alliance on alliance_meeting (tenant_id, alliance_id, held_on, id);
create table alliance_decision (
    tenant_id            text        not null references tenant (id),
    id                   uuid        not null,
    meeting_id           uuid        not null,
    text                 text        not null,
    owner_participant_id uuid,
    due_on               date,
    done_on              date,
    primary key (tenant_id, id),
    foreign key (tenant_id, meeting_id) references alliance_meeting (tenant_id, id),
    foreign key (tenant_id, owner_participant_id) references alliance_participant (tenant_id, id)
);

alter table party_post enable row level security;
alter table party_post force row level security;
create policy tenant_isolation on party_post using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table community_body enable row level security;
alter table community_body force row level security;
create policy tenant_isolation on community_body using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table body_seat enable row level security;
alter table body_seat force row level security;
create policy tenant_isolation on body_seat using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table party_report enable row level security;
alter table party_report force row level security;
create policy tenant_isolation on party_report using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table party_transfer enable row level security;
alter table party_transfer force row level security;
create policy tenant_isolation on party_transfer using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table household enable row level security;
alter table household force row level security;
create policy tenant_isolation on household using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table party_member_link enable row level security;
alter table party_member_link force row level security;
create policy tenant_isolation on party_member_link using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table party_meeting enable row level security;
alter table party_meeting force row level security;
create policy tenant_isolation on party_meeting using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table party_meeting_attendance enable row level security;
alter table party_meeting_attendance force row level security;
create policy tenant_isolation on party_meeting_attendance using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table alliance enable row level security;
alter table alliance force row level security;
create policy tenant_isolation on alliance using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table alliance_participant enable row level security;
alter table alliance_participant force row level security;
create policy tenant_isolation on alliance_participant using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table alliance_meeting enable row level security;
alter table alliance_meeting force row level security;
create policy tenant_isolation on alliance_meeting using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table alliance_decision enable row level security;
alter table alliance_decision force row level security;
create policy tenant_isolation on alliance_decision using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on party_post, community_body, body_seat, party_report, party_transfer, household,
    party_meeting, alliance, alliance_meeting, alliance_decision to ${appRole};
grant select, insert, delete on party_member_link, party_meeting_attendance, alliance_participant to ${appRole};
