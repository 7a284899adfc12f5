-- Each tenant's data key for personal data, wrapped (SM4-GCM) by the platform master key from configuration.
create table tenant_data_key (
    tenant_id   text        not null references tenant (id),
    key_id      integer     not null,
    wrapped_key bytea       not null,
    created_at  timestamptz not null,
    primary key (tenant_id, key_id)
);
alter table tenant_data_key enable row level security;
alter table tenant_data_key force row level security;
create policy tenant_isolation on tenant_data_key
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert on tenant_data_key to ${appRole};

-- A reporter's name and phone, SM4-encrypted (columns ending in _enc), and a keyed SM3 hash of the phone to find
-- a resident's cases by number.
alter table case_record
    add column reporter_name_enc   text,
    add column reporter_phone_enc  text,
    add column reporter_phone_hash text;
create index case_record_by_phone on case_record (tenant_id, reporter_phone_hash) where reporter_phone_hash is not null;
