-- Public-fund ledgers (资金台账) residents can read: accounts of a community or compound, entries in fen, periods
-- closed and published, a hash chain (SM3) over every published entry, budget lines as authorities.
create table fund_account (
    tenant_id          text        not null references tenant (id),
    id                 uuid        not null,
    grid_id            uuid        not null,
    kind               text        not null check (kind in ('COMMUNITY_OPERATING', 'PROPERTY_FEE', 'MAINTENANCE_FUND',
                                                            'SUPPORT_FUND')),
    name               text        not null,
    period_kind        text        not null check (period_kind in ('MONTH', 'YEAR')),
    second_approval_fen bigint     not null check (second_approval_fen >= 0),
    version            bigint      not null,
    created_at         timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, grid_id) references grid_node (tenant_id, id)
);
create index fund_account_by_grid on fund_account (tenant_id, grid_id, id);

create table fund_budget_line (
    tenant_id  text        not null references tenant (id),
    id         uuid        not null,
    account_id uuid        not null,
    year       integer     not null check (year between 2000 and 2100),
    name       text        not null,
    amount_fen bigint      not null check (amount_fen > 0),
    created_at timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, account_id, year, name),
    foreign key (tenant_id, account_id) references fund_account (tenant_id, id)
);

create table fund_period (
    tenant_id    text        not null references tenant (id),
    account_id   uuid        not null,
    period       text        not null,
    state        text        not null check (state in ('OPEN', 'CLOSED', 'PUBLISHED')),
    income_fen   bigint,
    expense_fen  bigint,
    entries      integer,
    chain_head   text,
    closed_by    text,
    published_by text,
    published_at timestamptz,
    version      bigint      not null,
    primary key (tenant_id, account_id, period),
    foreign key (tenant_id, account_id) references fund_account (tenant_id, id)
);

create table fund_entry (
    tenant_id            text        not null references tenant (id),
    id                   uuid        not null,
    account_id           uuid        not null,
    seq                  bigint      not null,
    period               text        not null,
    direction            text        not null check (direction in ('INCOME', 'EXPENSE')),
    amount_fen           bigint      not null check (amount_fen > 0),
    occurred_on          date        not null,
    category             text        not null,
    counterparty_kind    text        not null check (counterparty_kind in ('ORGANISATION', 'PERSON')),
    counterparty_org     text,
    counterparty_masked  text,
    counterparty_name_enc text,
    attachments_json     text        not null,
    authority_kind       text        not null check (authority_kind in ('DECISION', 'PROJECT', 'BUDGET_LINE')),
    authority_ref        text        not null,
    state                text        not null check (state in ('PENDING_APPROVAL', 'POSTED')),
    recorded_by          text        not null,
    approved_by          text,
    reverses_entry_id    uuid,
    chain_hash           text,
    version              bigint      not null,
    created_at           timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, account_id, seq),
    foreign key (tenant_id, account_id) references fund_account (tenant_id, id),
    foreign key (tenant_id, account_id, period) references fund_period (tenant_id, account_id, period),
    foreign key (tenant_id, reverses_entry_id) references fund_entry (tenant_id, id),
    check ((counterparty_kind = 'ORGANISATION') = (counterparty_org is not null))
);
create index fund_entry_by_period on fund_entry (tenant_id, account_id, period, seq);
create unique index fund_entry_reversed_once on fund_entry (tenant_id, reverses_entry_id)
    where reverses_entry_id is not null;

-- A published period is immutable: its entries cannot change or go, whoever connects (the hash chain shows it if
-- someone with the owner's rights does it anyway).
create function fund_entry_is_immutable() returns trigger language plpgsql as $$
begin
    if exists (select 1 from fund_period p where p.tenant_id = old.tenant_id and p.account_id = old.account_id
               and p.period = old.period and p.state = 'PUBLISHED') then
        raise exception 'entry % belongs to a published period', old.id using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger fund_entry_immutable before update or delete on fund_entry for each row
    execute function fund_entry_is_immutable();

do $$
declare t text;
begin
    foreach t in array array['fund_account', 'fund_budget_line', 'fund_period', 'fund_entry'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
                       'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    end loop;
end $$;

grant select, insert, update on fund_account, fund_period, fund_entry to ${appRole};
grant select, insert on fund_budget_line to ${appRole};
