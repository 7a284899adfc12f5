-- Per-tenant settings, kept on the global registry row, and an explicit version for If-Match.
alter table tenant
    add column locale                text    not null default 'zh-CN' check (locale in ('zh-CN', 'en')),
    add column time_zone             text    not null default 'Asia/Shanghai',
    add column case_number_prefix    text    check (case_number_prefix ~ '^[A-Z][A-Z0-9]{1,9}$'),
    add column allowed_origins       text[]  not null default '{}',
    add column rate_limit_per_minute integer not null default 600 check (rate_limit_per_minute between 1 and 1000000),
    add column version               bigint  not null default 1,
    -- an offboarding export hands out a one-time confirmation; only its hash is kept
    add column offboarding_token_hash text,
    add column offboarding_token_expires_at timestamptz;

-- Global table: who did what to which tenant (platform administration) and every unmasked read of personal data.
-- It outlives the tenant it names (offboarding keeps it for its retention period), so it has no foreign key and
-- no row-level security; the application role may append to it and nothing else.
create table access_log (
    id            uuid        primary key,
    occurred_at   timestamptz not null,
    tenant_code   text        not null,
    actor_issuer  text,
    actor_subject text,
    client_id     text,
    action        text        not null,
    record_type   text,
    record_id     text,
    fields        text[],
    detail        jsonb,
    request_id    text
);
create index access_log_by_tenant on access_log (tenant_code, occurred_at);
create index access_log_by_time on access_log (occurred_at);
grant insert on access_log to ${appRole};

-- Request counters per client and minute, shared by every platform instance.
create table rate_limit_window (
    tenant_id    text        not null references tenant (id),
    client_id    text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (tenant_id, client_id, window_start)
);
create index rate_limit_window_age on rate_limit_window (window_start);

alter table rate_limit_window enable row level security;
alter table rate_limit_window force row level security;
create policy tenant_isolation on rate_limit_window
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update, delete on rate_limit_window to ${appRole};
