#!/usr/bin/env bash
# Start-to-first-page of the production jar, three times from an empty directory, and the median.
# Usage: docs/measure-start.sh [path/to/discovery-brief.jar] [port]
# (build the jar first: ./mvnw -Pproduction package -DskipTests)
set -euo pipefail
jar=$(realpath "${1:-$(ls target/discovery-brief-*.jar | head -1)}")
port=${2:-8089}
echo "jar: $jar ($(du -m "$jar" | cut -f1) MiB, $(stat -c %s "$jar") bytes)"
times=()
for run in 1 2 3; do
    dir=$(mktemp -d)
    start=$(date +%s.%N)
    (cd "$dir" && PORT=$port exec java -jar "$jar" >"$dir/out.log" 2>&1) &
    pid=$!
    until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" 2>/dev/null | grep -qE '200|302'; do
        kill -0 $pid 2>/dev/null || { cat "$dir/out.log"; exit 1; }
        sleep 0.1
    done
    took=$(echo "$(date +%s.%N) - $start" | bc)
    times+=("$took")
    echo "run $run: first page after ${took} s ($(wc -l <"$dir/out.log") console lines)"
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$dir"
done
printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | xargs printf 'median: %.1f s\n'
