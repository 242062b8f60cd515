-- Issue 15: one search document per session (the client's name and every answer, lower-cased, one per
-- line), kept by the application with the other list columns. PostgreSQL's V16_1 adds a trigram index
-- on it; H2 has no trigram index, so a search there still reads the column of every session (one
-- column of one table rather than every answer row: quicker, but still linear — see the README).
alter table discovery_session add column search_text varchar;
update discovery_session s set search_text = lower(s.client_company) || coalesce(
    (select listagg(char(10) || lower(a.answer), '') within group (order by a.field)
     from session_answer a where a.session_id = s.id), '');
