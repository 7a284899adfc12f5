-- Volunteer certificate numbers (SIP-V2026-000123) from one counter per tenant and year, incremented under its row
-- lock like case numbers: concurrent registrations never collide. Starts after the highest number already issued.
create table volunteer_certificate_counter (
    tenant_id text    not null references tenant (id),
    year      integer not null,
    last      bigint  not null,
    primary key (tenant_id, year)
);
alter table volunteer_certificate_counter enable row level security;
alter table volunteer_certificate_counter force row level security;
create policy tenant_isolation on volunteer_certificate_counter
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update on volunteer_certificate_counter to ${appRole};

do $$
declare
    t text;
begin
    for t in select id from tenant loop
        perform set_config('app.tenant_id', t, true);
        insert into volunteer_certificate_counter (tenant_id, year, last)
        select t, cast(substring(certificate_no from '-V([0-9]{4})-') as integer),
               max(cast(substring(certificate_no from '([0-9]+)$') as bigint))
          from volunteer
         where tenant_id = t and certificate_no ~ '-V[0-9]{4}-[0-9]+$'
         group by 2;
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
