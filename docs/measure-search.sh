#!/usr/bin/env bash
# Issue 15: the leads' free-text search on PostgreSQL before and after the search document, on the
# same data in one run. Run ReviewScaleHarnessIT against a database of its own first (it leaves its
# 100,000 sessions there), then:  docs/measure-search.sh <database> [repetitions]
# Prints the median and the worst "Execution Time" of EXPLAIN ANALYZE for each query and term.
# "before" is the condition the review list used until issue 15 (client name OR any answer, each
# lower-cased, with its own trigram indexes); "after" is the one column with its trigram index.
set -euo pipefail
db=${1:?database name}; n=${2:-21}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
order="order by s.updated_at desc, s.id desc offset 0 rows fetch first 50 rows only"
before() { echo "select s.id from discovery_session s where (lower(s.client_company) like '%$1%' escape '\\'
  or exists (select 1 from session_answer a where a.session_id = s.id and lower(a.answer) like '%$1%' escape '\\')) $order"; }
after() { echo "select s.id from discovery_session s where s.search_text like '%$1%' escape '\\' $order"; }
measure() {
  for _ in $(seq "$n"); do
    psql -qAt -d "$db" -c "explain (analyze, format text) $1" | sed -n 's/^Execution Time: \([0-9.]*\) ms/\1/p'
  done | sort -g | awk '{a[NR]=$1} END {printf "median %8.2f ms  max %8.2f ms\n", a[int((NR+1)/2)], a[NR]}'
}
for term in "client 99991" "batch 996" "zzz nothing"; do
  printf '%-14s before: ' "$term"; measure "$(before "$term")"
  printf '%-14s after:  ' "$term"; measure "$(after "$term")"
done
