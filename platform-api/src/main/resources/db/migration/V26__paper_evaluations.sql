-- Evaluations collected on paper, door to door: staff enter one per household and are named beside it.
alter table topic_evaluation add column recorded_by text;

-- A data subject's erasure replaces the actor keys that name them in seconds, evaluations and council seats.
grant update on topic_second, topic_evaluation, council_member to ${appRole};
