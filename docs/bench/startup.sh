#!/usr/bin/env bash
# Start-up benchmark of the built distribution. Prints, for a first start on an empty data folder and for
# N restarts: seconds from launching bin/karaf to /api/v1/health = UP, the region load time the core
# logged, and the resident memory (RSS) of the idle JVM 10 s after UP.
#
#   mvn install -DskipTests && docs/bench/startup.sh [restarts]
#
# It works on a copy of the assembly (target/bench-assembly) and port 38181, so a running dev instance
# is not disturbed.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
restarts=${1:-3}
bench_copy bench-assembly

pid=""
stop() {
    [ -n "$pid" ] || return 0
    local all
    all="$pid $(pgrep -P "$pid" 2>/dev/null | tr "\n" " " || true)"
    for p in $all; do all="$all $(pgrep -P "$p" 2>/dev/null | tr '\n' ' ' || true)"; done
    kill -TERM $all 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 $all 2>/dev/null || break; sleep 0.5; done
    kill -KILL $all 2>/dev/null || true
    pid=""
}
trap stop EXIT

run() {
    local label=$1 start up jvm rss load
    start=$(date +%s%N)
    "$work/bin/karaf" server >"$work/console.out" 2>&1 &
    pid=$!
    for _ in $(seq 1 240); do
        if curl -sf -m 1 "http://localhost:$port/api/v1/health" 2>/dev/null | grep -q '^{"status":"UP"'; then break; fi
        sleep 0.1
    done
    up=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 10
    jvm=$(pgrep -f "karaf.base=$work" | head -1)
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$jvm/status")
    load=$(grep -o 'Core schema ready.*' "$work/data/log/karaf.log" | tail -1 | sed 's/.*; //')
    printf '%-12s health UP after %6d ms   idle RSS %4d MiB   core: %s\n' "$label" "$up" "$rss" "$load"
    stop
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
run "first start"
for i in $(seq 1 "$restarts"); do run "restart $i"; done
