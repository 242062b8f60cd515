-- When a session is completed, what the engine recommended at that time, and by which rules.
alter table discovery_session add column completed_at timestamp(6) with time zone;
alter table discovery_session add column snapshot_at timestamp(6) with time zone;
alter table discovery_session add column rules_version varchar(20);
alter table discovery_session add column assessment_snapshot varchar(65535);
