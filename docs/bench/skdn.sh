#!/usr/bin/env bash
# SKDN report benchmark on a realistic kabupaten-year: 1,000 Posyandu, 100,000 balita (with their mothers),
# 1.2 million weighings over 12 months, generated straight into the Derby database of a private copy of the built
# distribution (port 38181; a dev instance is not disturbed). Then the response time of
# GET /api/v1/spm/kesehatan/laporan/skdn for the kabupaten, a kecamatan and a desa for the latest month, first on
# the freshly loaded database, then after SYSCS_UTIL.SYSCS_UPDATE_STATISTICS.
#
#   mvn install -DskipTests && docs/bench/skdn.sh [generator options, e.g. --hadir 0.85 --balita 50000]
#
# Environment: SKDN_KABUPATEN (default 35.17, Kabupaten Jombang: 21 kecamatan, 306 desa), SKDN_CALLS (25 per level).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
kab=${SKDN_KABUPATEN:-35.17}
calls=${SKDN_CALLS:-25}
bulan=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m) # the last complete month
B="http://localhost:$port/api/v1"

# the generator runs Derby and the WHO tables from the very bundles the instance runs
jar() { ls "$src"/system/org/posyandu/"$1"/*/"$1"-*.jar | head -1; }
cp="$(jar org.posyandu.derby):$(jar org.posyandu.anthro)"
generator() { java ${heap:--Xmx1500m} -cp "$cp" "$root/docs/bench/SkdnDataGenerator.java" "$work/data/derby/posyandu" "$@"; }

stop_karaf() { # TERM to this copy's JVM only, and wait until Derby is closed
    local pid
    pid=$(pgrep -f "karaf.base=$work" | head -1 || true)
    [ -z "$pid" ] || kill -TERM "$pid"
    for _ in $(seq 1 120); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    wait "$bench_pid" 2>/dev/null || true
}

bench() {
    java "$root/docs/bench/SkdnBench.java" "$B" "$password" "$kab" "$bulan" "$calls" "$1" "$work/skdn-expected.txt" \
        | tee -a "$work/skdn-bench.out"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
bench_copy skdn-bench
bench_start # first start: migrations (core and kesehatan) and the region list
password=$POSYANDU_ADMIN_PASSWORD
token=$(curl -s -X POST "$B/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
for _ in $(seq 1 120); do # the kesehatan bundle (and its migrations) may come up just after health is UP
    curl -sf "$B/spm/kesehatan/laporan" -H "Authorization: Bearer $token" >/dev/null && break
    sleep 0.5
done
# kesehatan is on by default in every kabupaten; enabled explicitly so the run does not depend on that default
printf '%s\n' "posyandu:enable $kab kesehatan" | "$work/bin/client" -a "$ssh_port" -h 127.0.0.1 -u admin -p "$password" -b \
    >/dev/null 2>&1 || echo "posyandu:enable failed; kesehatan is on by default, going on"
stop_karaf

generator --kabupaten "$kab" --sampai "$bulan" --expected "$work/skdn-expected.txt" "$@"
du -sh "$work/data/derby/posyandu" | sed 's/^/database size: /'

# the admin password is only read on a first start (no users yet): the one above stays valid
bench_start
bench "fresh load"
stop_karaf

generator --stats-only
bench_start
bench "after SYSCS_UPDATE_STATISTICS"
stop_karaf

# where the time goes inside Derby: the report's three statements over JDBC (the instance's heap and page cache),
# without HTTP, token, audit and JSON, with the access path Derby chose
echo "SkdnReport's statements over JDBC, 10 runs each:"
parts=$(grep -o -E "(kecamatan|desa) $kab\.[0-9.]+" "$work/skdn-bench.out" | sort -u | cut -d' ' -f2)
for area in "$kab" $parts; do heap=-Xmx512m generator --sql "$area" "$bulan"; done
