#!/usr/bin/env bash
# SPM submissions benchmark: submissions per second through the full stack with 16 clients (single, and /sync
# batches of 500), and the time from `feature:install` of a module to its forms being served. Starts a copy of
# the built distribution on port 38181 (a dev instance is not disturbed).
#
#   mvn install -DskipTests && docs/bench/submissions.sh
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_copy bench-submissions
bench_start
echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
java "$root/docs/bench/SubmissionBench.java" "http://localhost:$port/api/v1" "$POSYANDU_ADMIN_PASSWORD"

# feature:install -> forms served (sosial enabled for 16.71 first, so its forms show at a Palembang Posyandu)
B="http://localhost:$port/api/v1"
T=$(curl -s -X POST "$B/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$POSYANDU_ADMIN_PASSWORD\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
P=$(curl -s "$B/posyandu?wilayah=16.71.17.1003" -H "Authorization: Bearer $T" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
client() { printf '%s\n' "$1" | "$work/bin/client" -a $ssh_port -h 127.0.0.1 -u admin -p "$POSYANDU_ADMIN_PASSWORD" -b >/dev/null 2>&1; }
client "posyandu:enable 16.71 sosial"
for round in 1 2 3; do
    client "feature:uninstall posyandu-spm-sosial"
    start=$(date +%s%N)
    client "feature:install posyandu-spm-sosial"
    installed=$(date +%s%N)
    until curl -s "$B/posyandu/$P/forms" -H "Authorization: Bearer $T" | grep -q sosial.ppks; do sleep 0.01; done
    served=$(date +%s%N)
    echo "round $round: feature:install (bin/client, incl. its SSH login) $(( (installed - start) / 1000000 )) ms," \
         "forms served $(( (served - start) / 1000000 )) ms after the command was issued"
done
