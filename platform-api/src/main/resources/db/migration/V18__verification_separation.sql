-- Separation of duties in verification: who may not verify a case once it is resolved.
alter table tenant add column verification_separation text not null default 'UNIT'
    check (verification_separation in ('UNIT', 'SUBJECT', 'OFF'));
