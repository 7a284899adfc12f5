-- Personal data of a tenant whose data key was never stored (a key created in a transaction that rolled back) can
-- never be decrypted again. Such values are erased; the records keep their facts. Erasure of a person's data also
-- needs these columns to accept null.
alter table volunteer alter column name_enc drop not null;
alter table party_member alter column name_enc drop not null;
alter table party_member alter column id_number_enc drop not null;
alter table body_seat alter column name_enc drop not null;

do $$
declare
    t text;
begin
    for t in select id from tenant loop
        perform set_config('app.tenant_id', t, true);
        if not exists (select 1 from tenant_data_key where tenant_id = t) then
            update case_record set reporter_name_enc = null, reporter_phone_enc = null, reporter_phone_hash = null
             where tenant_id = t and (reporter_name_enc is not null or reporter_phone_enc is not null);
            update volunteer set name_enc = null, phone_enc = null, phone_hash = null
             where tenant_id = t and (name_enc is not null or phone_enc is not null);
            update party_member set name_enc = null, phone_enc = null, id_number_enc = null
             where tenant_id = t and (name_enc is not null or phone_enc is not null or id_number_enc is not null);
            update body_seat set name_enc = null, phone_enc = null
             where tenant_id = t and (name_enc is not null or phone_enc is not null);
            update party_report set name_enc = null, phone_enc = null, id_number_enc = null
             where tenant_id = t and (name_enc is not null or phone_enc is not null or id_number_enc is not null);
            update household set head_name_enc = null, head_phone_enc = null
             where tenant_id = t and (head_name_enc is not null or head_phone_enc is not null);
        end if;
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
