-- Volunteers (志愿者): a person, their contact details encrypted (columns ending in _enc), a home grid.
create table volunteer (
    tenant_id    text        not null references tenant (id),
    id           uuid        not null,
    subject      text,
    external_id  text,
    name_enc     text        not null,
    phone_enc    text,
    phone_hash   text,
    home_grid_id uuid        not null,
    skills       text[]      not null default '{}',
    certificate_no text      not null,
    version      bigint      not null,
    created_at   timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, certificate_no),
    foreign key (tenant_id, home_grid_id) references grid_node (tenant_id, id)
);
create unique index volunteer_subject on volunteer (tenant_id, subject) where subject is not null;

-- The points ledger: accounts and append-only double entries. An account's balance is the sum of its entries;
-- it is also kept on the account row, changed only together with the entries, under the row's lock.
create table points_account (
    tenant_id    text   not null references tenant (id),
    id           uuid   not null,
    kind         text   not null check (kind in ('ISSUANCE', 'VOLUNTEER', 'REDEMPTION', 'EXPIRY')),
    volunteer_id uuid,
    balance      bigint not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, volunteer_id) references volunteer (tenant_id, id),
    check ((kind = 'VOLUNTEER') = (volunteer_id is not null)),
    -- only the issuance account creates points and may go negative
    check (kind = 'ISSUANCE' or balance >= 0)
);
create unique index points_account_system on points_account (tenant_id, kind) where volunteer_id is null;
create unique index points_account_volunteer on points_account (tenant_id, volunteer_id) where volunteer_id is not null;

create table points_transaction (
    tenant_id   text        not null references tenant (id),
    id          uuid        not null,
    kind        text        not null,
    amount      bigint      not null check (amount > 0),
    from_account uuid       not null,
    to_account  uuid        not null,
    reason      text        not null,
    ref_type    text        not null,
    ref_id      text        not null,
    reverses_id uuid,
    actor       text        not null,
    created_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, from_account) references points_account (tenant_id, id),
    foreign key (tenant_id, to_account) references points_account (tenant_id, id),
    foreign key (tenant_id, reverses_id) references points_transaction (tenant_id, id)
);
-- what credits points credits them once: one credit per activity sign-up, one per wish, one reversal per entry
create unique index points_transaction_once on points_transaction (tenant_id, kind, ref_type, ref_id)
    where kind in ('ACTIVITY_CREDIT', 'WISH_CREDIT');
create unique index points_transaction_reversed_once on points_transaction (tenant_id, reverses_id)
    where reverses_id is not null;

create table points_entry (
    tenant_id      text        not null references tenant (id),
    id             uuid        not null,
    transaction_id uuid        not null,
    account_id     uuid        not null,
    amount         bigint      not null,
    created_at     timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, transaction_id) references points_transaction (tenant_id, id),
    foreign key (tenant_id, account_id) references points_account (tenant_id, id)
);
create index points_entry_statement on points_entry (tenant_id, account_id, id);

-- Rewards residents redeem points for (canteen meals, goods), with stock that never goes below zero.
create table reward (
    tenant_id  text        not null references tenant (id),
    id         uuid        not null,
    name       text        not null,
    price      integer     not null check (price > 0),
    stock      integer     not null check (stock >= 0),
    active     boolean     not null,
    version    bigint      not null,
    created_at timestamptz not null,
    primary key (tenant_id, id)
);

create table redemption (
    tenant_id      text        not null references tenant (id),
    id             uuid        not null,
    volunteer_id   uuid        not null,
    reward_id      uuid        not null,
    price          integer     not null,
    transaction_id uuid        not null,
    created_at     timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, volunteer_id) references volunteer (tenant_id, id),
    foreign key (tenant_id, reward_id) references reward (tenant_id, id),
    foreign key (tenant_id, transaction_id) references points_transaction (tenant_id, id)
);

-- Activities with capacity and a points rule; sign-ups through check-in, check-out and the organiser's verification.
create table activity (
    tenant_id         text        not null references tenant (id),
    id                uuid        not null,
    title             text        not null,
    grid_id           uuid        not null,
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    capacity          integer     not null check (capacity > 0),
    organiser_subject text        not null,
    points_fixed      integer check (points_fixed > 0),
    points_per_hour   integer check (points_per_hour > 0),
    version           bigint      not null,
    created_at        timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id),
    check ((points_fixed is null) <> (points_per_hour is null)),
    check (ends_at > starts_at)
);

create table activity_signup (
    tenant_id      text        not null references tenant (id),
    id             uuid        not null,
    activity_id    uuid        not null,
    volunteer_id   uuid        not null,
    status         text        not null check (status in ('SIGNED_UP', 'CANCELLED', 'CHECKED_IN', 'CHECKED_OUT', 'VERIFIED')),
    checked_in_at  timestamptz,
    checked_out_at timestamptz,
    verified_minutes integer,
    points         integer,
    verified_by    text,
    version        bigint      not null,
    created_at     timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, activity_id, volunteer_id),
    foreign key (tenant_id, activity_id) references activity (tenant_id, id),
    foreign key (tenant_id, volunteer_id) references volunteer (tenant_id, id)
);

alter table volunteer enable row level security;
alter table volunteer force row level security;
create policy tenant_isolation on volunteer using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table points_account enable row level security;
alter table points_account force row level security;
create policy tenant_isolation on points_account using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table points_transaction enable row level security;
alter table points_transaction force row level security;
create policy tenant_isolation on points_transaction using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table points_entry enable row level security;
alter table points_entry force row level security;
create policy tenant_isolation on points_entry using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table reward enable row level security;
alter table reward force row level security;
create policy tenant_isolation on reward using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table redemption enable row level security;
alter table redemption force row level security;
create policy tenant_isolation on redemption using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table activity enable row level security;
alter table activity force row level security;
create policy tenant_isolation on activity using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table activity_signup enable row level security;
alter table activity_signup force row level security;
create policy tenant_isolation on activity_signup using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on volunteer, points_account, reward, activity, activity_signup to ${appRole};
-- the ledger is append-only for the application
grant select, insert on points_transaction, points_entry, redemption to ${appRole};
