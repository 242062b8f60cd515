-- Login attempts counted per key ('user:anna', 'address:203.0.113.7') in a window that starts with the
-- first attempt. Kept in the database so that every application node on it counts the same attempts.
-- Runs unchanged on H2 and PostgreSQL 15.
create table login_throttle (
    throttle_key  varchar(250)                not null primary key,
    attempts      integer                     not null,
    expires_at    timestamp(6) with time zone not null
);

create index ix_login_throttle_expires_at on login_throttle (expires_at);
