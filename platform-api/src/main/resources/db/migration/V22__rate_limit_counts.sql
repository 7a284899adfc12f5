-- Rate-limit counts shared between instances: each instance counts in memory and adds its counts here at most
-- once a second, in one statement for all tenants, reading back the totals. Operational state keyed by the tenant's
-- code (like the access log), not tenant data: one statement serves every tenant, so it carries no row-level
-- policy, and the application role may touch nothing else through it.
create table rate_limit_count (
    tenant_code  text        not null,
    bucket       text        not null,
    window_start timestamptz not null,
    hits         bigint      not null,
    primary key (tenant_code, bucket, window_start)
);
create index rate_limit_count_age on rate_limit_count (window_start);
grant select, insert, update, delete on rate_limit_count to ${appRole};
drop table rate_limit_window;
