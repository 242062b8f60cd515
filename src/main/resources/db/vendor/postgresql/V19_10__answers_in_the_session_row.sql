-- Issue 15: autosave in two statements. A session's answers and its notes move from a row per field
-- (session_answer, session_note) to one JSON document each on the session's own row, {"FIELD":"text"},
-- so that saving an answer is the one update that also moves the session's version, its last change
-- and its list columns (plus the change's history row). Plain text, not jsonb: the application
-- reads and writes the whole document and never queries inside it (the search has search_text).
-- H2 has its own V19_10. The trigram index on session_answer (V5) goes with its table.
alter table discovery_session add column answers text not null default '{}';
alter table discovery_session add column notes text not null default '{}';

update discovery_session s set answers = (
    select json_object_agg(a.field, a.answer order by a.field)::text from session_answer a where a.session_id = s.id)
    where exists (select 1 from session_answer a where a.session_id = s.id);
update discovery_session s set notes = (
    select json_object_agg(n.question, n.note order by n.question)::text from session_note n where n.session_id = s.id)
    where exists (select 1 from session_note n where n.session_id = s.id);

drop table session_answer;
drop table session_note;
