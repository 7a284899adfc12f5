-- Run-once bookkeeping for scheduled jobs: each instance's timer fires, the first to claim the job's row runs it.
create table scheduled_run (
    job          text        primary key,
    last_started timestamptz not null
);
