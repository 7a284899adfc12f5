-- The platform account (token subject) of a Party member, so that a member doing 党员联户 reaches the households
-- linked to them and a secretary the households of the nodes their organisation covers.
alter table party_member add column account_subject text;
create unique index party_member_account on party_member (tenant_id, account_subject)
    where account_subject is not null;
