#!/usr/bin/env bash
# Start to first page with and without class-data sharing (CDS), three runs each from an empty
# directory, and the medians. CDS: a training run that starts the application context and stops
# (Spring Boot 3.3+ -Dspring.context.exit=onRefresh) writes the classes it loaded to an archive
# (-XX:ArchiveClassesAtExit); later starts map them from it (-XX:SharedArchiveFile).
#
# Usage:
#   docs/measure-cds.sh target/discovery-brief-*.jar [port]   the production jar (./mvnw -Pproduction
#       package -DskipTests), extracted first as Spring recommends for CDS (java -Djarmode=tools -jar … extract)
#   APP_CLASSPATH=<jars, colon-separated> docs/measure-cds.sh - [port]
#       the same on a plain classpath of jars (CDS archives classes from jars only, not from directories),
#       main class com.discoverybrief.Application
set -euo pipefail
port=${2:-8089}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ "${1:--}" != "-" ]]; then
    jar=$(realpath "$1")
    java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
    launch=(-jar "$work/app/$(basename "$jar")")
else
    : "${APP_CLASSPATH:?give the production jar, or APP_CLASSPATH}"
    launch=(-cp "$APP_CLASSPATH" com.discoverybrief.Application)
fi
archive="$work/app.jsa"

echo "load before: $(uptime)"
dir=$(mktemp -d)
start=$(date +%s.%N)
(cd "$dir" && java -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh "${launch[@]}" >"$dir/out.log" 2>&1) || {
    cat "$dir/out.log"; exit 1; }
echo "training run: $(echo "$(date +%s.%N) - $start" | bc) s, archive $(du -m "$archive" | cut -f1) MiB"
rm -rf "$dir"

measure() { # label, extra JVM options…
    local label=$1; shift
    local times=()
    for run in 1 2 3; do
        local dir; dir=$(mktemp -d)
        local start; start=$(date +%s.%N)
        (cd "$dir" && PORT=$port exec java "$@" -Xlog:class+load=info:file="$dir/classes.log" "${launch[@]}" >"$dir/out.log" 2>&1) &
        local pid=$!
        until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" 2>/dev/null | grep -qE '200|302'; do
            kill -0 $pid 2>/dev/null || { cat "$dir/out.log"; exit 1; }
            sleep 0.1
        done
        local took; took=$(echo "$(date +%s.%N) - $start" | bc)
        times+=("$took")
        echo "$label run $run: first page after ${took} s; classes from the archive: $(grep -c 'shared objects file' "$dir/classes.log" || true) of $(wc -l <"$dir/classes.log")"
        kill $pid; wait $pid 2>/dev/null || true
        rm -rf "$dir"
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | xargs printf "$label median: %.1f s\n"
}
measure "JDK archive only (default)" -Xshare:auto
measure "with CDS" -XX:SharedArchiveFile="$archive"
echo "load after: $(uptime)"
