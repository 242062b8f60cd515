-- Issue 15: the kept assessment (up to 64 KB of JSON) leaves the session's hot row, which every
-- autosave updates and every grid page and wizard open reads, for a table of its own: one row per
-- session that has one, read only by the summary, the review, the brief, the export and the erasure.
-- Runs unchanged on H2 and PostgreSQL 15.
create table session_assessment (
    session_id bigint         not null primary key references discovery_session (id) on delete cascade,
    snapshot   varchar(65535) not null
);

insert into session_assessment (session_id, snapshot)
    select id, assessment_snapshot from discovery_session where assessment_snapshot is not null;

-- snapshot_at now says by itself whether an assessment is kept (the session row no longer holds it):
-- sessions kept before snapshot_at existed took their completion time as the time of the assessment.
update discovery_session set snapshot_at = coalesce(snapshot_at, completed_at, updated_at)
    where assessment_snapshot is not null;
update discovery_session set snapshot_at = null where assessment_snapshot is null;

alter table discovery_session drop column assessment_snapshot;
