-- Teams and points multipliers get a version like every other mutable record, so that joining a team and replacing
-- a multiplier can require If-Match.
alter table volunteer_team add column version bigint not null default 1;
alter table points_multiplier add column version bigint not null default 1;
