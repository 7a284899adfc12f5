-- An anonymous report names nobody: the timeline's first entry and the outbox event of earlier anonymous cases
-- lose the subject they carried.
do $$
declare
    t text;
begin
    for t in select id from tenant loop
        perform set_config('app.tenant_id', t, true);
        update case_event e set actor = 'anonymous', actor_role = null
          from case_record c
         where e.tenant_id = t and c.tenant_id = t and c.id = e.case_id and c.anonymous and e.action = 'report';
        update outbox_event o set actor = null
          from case_record c
         where o.tenant_id = t and c.tenant_id = t and o.aggregate_type = 'case'
           and o.aggregate_id = cast(c.id as text) and c.anonymous and o.event_type = 'case.reported';
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
