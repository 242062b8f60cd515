-- Issue 15: one search document per session (the client's name and every answer, lower-cased, one per
-- line), kept by the application with the other list columns, and a trigram index on it, so that a
-- rare search term is found through the index instead of reading every session and its answers.
-- (H2 has its own V16_1 without the index: see db/vendor/h2.)
alter table discovery_session add column search_text text;
update discovery_session s set search_text = lower(s.client_company) || coalesce(
    (select string_agg(chr(10) || lower(a.answer), '' order by a.field) from session_answer a where a.session_id = s.id), '');
create index ix_session_search_trgm on discovery_session using gin (search_text gin_trgm_ops);
