-- Where an answer comes from (issue 13): the client said it (no row, the default), it is our
-- assumption, or it was checked with data. One row per tagged answer, beside session_answer, so old
-- sessions read every answer as "the client said" and the answers table needs no new column.
-- Runs unchanged on H2 and PostgreSQL 15.
create table session_answer_evidence (
    session_id  bigint       not null references discovery_session (id) on delete cascade,
    field       varchar(40)  not null,
    evidence    varchar(20)  not null,
    primary key (session_id, field)
);
