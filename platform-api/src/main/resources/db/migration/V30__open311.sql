-- Open311 GeoReport v2. A case category is a service: it may describe itself, belong to a group, carry keywords and
-- ask for attributes (the service definition); a case keeps the attribute values it was filed with.
alter table case_category
    add column description     text,
    add column service_group   text,
    add column keywords        text,
    add column attributes_json text;
alter table case_record add column attributes_json text;

-- Open311 api_keys: issued by a tenant's administrators to one machine client, kept only as a SHA-256 hash. A key acts
-- as that client (its roles, scope and rate limit).
create table open311_key (
    tenant_id  text        not null references tenant (id),
    id         uuid        not null,
    client_id  text        not null,
    roles      text        not null,
    key_hash   text        not null,
    key_hint   text        not null,
    created_by text        not null,
    created_at timestamptz not null,
    revoked_at timestamptz,
    primary key (tenant_id, id)
);
create unique index open311_key_by_hash on open311_key (tenant_id, key_hash);

alter table open311_key enable row level security;
alter table open311_key force row level security;
create policy tenant_isolation on open311_key
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on open311_key to ${appRole};
