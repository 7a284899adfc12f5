-- Percent weights of the response, resolution and satisfaction rates in the composite score of a street.
alter table tenant add column score_weights integer[] not null default '{30,40,30}';
