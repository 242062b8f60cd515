-- PostgreSQL only: trigram indexes let the leads' free-text search ("client or any answer contains …")
-- use an index instead of scanning every answer. pg_trgm ships with PostgreSQL and is a trusted
-- extension (PostgreSQL 13+): a database owner can create it.
create extension if not exists pg_trgm;
create index ix_answer_text_trgm on session_answer using gin (lower(answer) gin_trgm_ops);
create index ix_session_client_trgm on discovery_session using gin (lower(client_company) gin_trgm_ops);
