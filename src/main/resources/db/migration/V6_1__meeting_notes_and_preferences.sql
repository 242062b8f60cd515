-- Issue 12, in the meeting: per-question notes, "ask at the next meeting" marks, and the per-user
-- meeting-mode preference. Runs unchanged on H2 and PostgreSQL 15.

-- "Anything else the client said" about a key question (Question enum name); blank notes are not stored.
create table session_note (
    session_id  bigint        not null references discovery_session (id) on delete cascade,
    question    varchar(20)   not null,
    note        varchar(4000) not null,
    primary key (session_id, question)
);

-- Answer fields (AnswerField enum name) marked "ask at the next meeting".
create table session_follow_up (
    session_id  bigint       not null references discovery_session (id) on delete cascade,
    field       varchar(40)  not null,
    primary key (session_id, field)
);

-- One row per user who changed a wizard preference; no row means the defaults.
create table wizard_preference (
    username      varchar(100) primary key,
    meeting_mode  boolean      not null
);
