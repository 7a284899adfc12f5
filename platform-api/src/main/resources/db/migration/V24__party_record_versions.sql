-- Posts, seats, household links and alliance decisions get a version like every other mutable record, so that
-- ending a post or a seat, removing a link and completing a decision can require If-Match.
alter table party_post add column version bigint not null default 1;
alter table body_seat add column version bigint not null default 1;
alter table party_member_link add column version bigint not null default 1;
alter table alliance_decision add column version bigint not null default 1;
