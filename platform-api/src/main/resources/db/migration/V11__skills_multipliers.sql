-- A volunteer's skills as a JSON array of short labels (e.g. ["理发", "电工"]).
alter table volunteer drop column skills;
alter table volunteer add column skills text not null default '[]';

-- Tenant-set points multipliers (e.g. HOLIDAY 200 %, NIGHT 150 %) that an activity applies to its points rule;
-- the activity keeps the percentage it was created with.
create table points_multiplier (
    tenant_id  text        not null references tenant (id),
    code       text        not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name       text        not null,
    percent    integer     not null check (percent between 1 and 1000),
    updated_at timestamptz not null,
    primary key (tenant_id, code)
);
alter table points_multiplier enable row level security;
alter table points_multiplier force row level security;
create policy tenant_isolation on points_multiplier using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on points_multiplier to ${appRole};

alter table activity
    add column multiplier_code    text,
    add column multiplier_percent integer not null default 100 check (multiplier_percent between 1 and 1000);
