#!/usr/bin/env bash
# SPM submissions benchmark: submissions per second through the full stack with 16 clients (single, and /sync
# batches of 500), and the time from `feature:uninstall` to the module gone and from `feature:install` to its forms
# served (min/median/max over ROUNDS rounds, default 7, beside the cost of bin/client itself). Starts a copy of
# the built distribution on port 38181 (a dev instance is not disturbed).
#
#   mvn install -DskipTests && docs/bench/submissions.sh
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_copy bench-submissions
bench_start
echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
# PART=modules skips the throughput part
[ "${PART:-all}" = modules ] || java "$root/docs/bench/SubmissionBench.java" "http://localhost:$port/api/v1" "$POSYANDU_ADMIN_PASSWORD"

# feature:install -> forms served (sosial enabled for 16.71 first, so its forms show at a Palembang Posyandu)
B="http://localhost:$port/api/v1"
T=$(curl -s -X POST "$B/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$POSYANDU_ADMIN_PASSWORD\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
first_id() { { grep -o '"id":"[^"]*"' || true; } | head -1 | cut -d'"' -f4; }
P=$(curl -s "$B/posyandu?wilayah=16.71.17.1003" -H "Authorization: Bearer $T" | first_id)
[ -n "$P" ] || P=$(curl -s -X POST "$B/posyandu" -H "Authorization: Bearer $T" -H 'Content-Type: application/json' \
    -d '{"nama":"Posyandu Bench Modul","desaKode":"16.71.17.1003"}' | first_id)
client() { printf '%s\n' "$1" | "$work/bin/client" -a $ssh_port -h 127.0.0.1 -u admin -p "$POSYANDU_ADMIN_PASSWORD" -b >/dev/null 2>&1; }
client "posyandu:enable 16.71 sosial"
modules_list() { curl -s "$B/modules" -H "Authorization: Bearer $T"; }
forms_list() { curl -s "$B/posyandu/$P/forms" -H "Authorization: Bearer $T"; }
# wait_for CMD...: polls CMD every 10 ms, gives up after 60 s
wait_for() { local end=$(( $(date +%s) + 60 )); until "$@"; do [ "$(date +%s)" -lt $end ] || { echo "timed out: $*" >&2; exit 1; }; sleep 0.01; done; }
sosial_gone() { ! modules_list | grep -q '"sosial"'; }
sosial_served() { forms_list | grep -q sosial.ppks; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# min / median / max of the numbers on stdin
stats() { sort -n | awk '{a[NR]=$1} END {printf "min %d, median %d, max %d ms (%d rounds)", a[1], a[int((NR+1)/2)], a[NR], NR}'; }
rounds=${ROUNDS:-7}
: >"$work/noop.ms"; : >"$work/removed.ms"; : >"$work/served.ms"
for round in $(seq 1 "$rounds"); do
    # what bin/client itself costs (JVM start, SSH login), so the feature operations can be told apart from it
    start=$(date +%s%N); client "echo"; ms_since "$start" >>"$work/noop.ms"
    start=$(date +%s%N)
    client "feature:uninstall posyandu-spm-sosial"
    wait_for sosial_gone
    ms_since "$start" >>"$work/removed.ms"
    start=$(date +%s%N)
    client "feature:install posyandu-spm-sosial"
    wait_for sosial_served
    ms_since "$start" >>"$work/served.ms"
done
echo "bin/client round trip with a no-op command:        $(stats <"$work/noop.ms")"
echo "feature:uninstall issued -> gone from /modules:     $(stats <"$work/removed.ms")"
echo "feature:install issued -> its forms served:         $(stats <"$work/served.ms")"
