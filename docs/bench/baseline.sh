#!/usr/bin/env bash
# The baseline ratio (issue 14): the same wrk load (16 connections, POST /api/v1/posyandu with a unique name per
# request, docs/bench/baseline/post.lua) against the bare stack (docs/bench/baseline/Baseline.java: JDK HTTP
# server + embedded Derby, one durable commit per request) and against the whole platform (token check,
# validation, JPA, durable commit), both started by this script and measured in the same run; prints both rates
# and their ratio, then the platform's single submissions/s and /sync records/s with 16 clients
# (docs/bench/SubmissionBench.java, the same as docs/bench/submissions.sh).
#
#   mvn package -DskipTests && docs/bench/baseline.sh
#
# DURATION (s, default 15) per measured run, ROUNDS (default 2) alternated runs of each, PART=ratio skips the
# submissions, JFR=1 records a Java Flight Recording of the platform during its first measured run (written to
# karaf-distribution/target/bench-baseline/platform.jfr; JFR_SETTINGS names another .jfc than "profile"). wrk must
# be installed (Debian: apt-get install wrk).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
here="$root/docs/bench/baseline"
duration=${DURATION:-15}
rounds=${ROUNDS:-2}
baseline_port=${BASELINE_PORT:-$((port + 1))}

# the bare stack on the same Derby version as the platform
derby_version=$(sed -n 's:.*<derby.version>\(.*\)</derby.version>.*:\1:p' "$root/pom.xml")
m2=$HOME/.m2/repository/org/apache/derby
cp=""
for a in derby derbyshared derbytools; do
    jar=$m2/$a/$derby_version/$a-$derby_version.jar
    [ -f "$jar" ] || mvn -q -B dependency:get -Dartifact=org.apache.derby:$a:$derby_version >/dev/null
    cp="$cp${cp:+:}$jar"
done

bench_copy bench-baseline
bench_start
java -Xmx256m -Dsun.net.httpserver.nodelay=true -Dderby.stream.error.file=/dev/null -cp "$cp" \
    "$here/Baseline.java" "$baseline_port" "$work/baseline-db" \
    "$root/bundles/org.posyandu.core/src/main/resources/wilayah/desa.csv" >"$work/baseline.out" 2>&1 &
baseline_pid=$!
karaf_pid=$(pgrep -f "karaf.base=$work" | head -1)
# both stopped by their process ids on exit
trap 'kill "$baseline_pid" "$karaf_pid" 2>/dev/null || true; wait 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
    curl -sf -m 1 "http://127.0.0.1:$baseline_port/api/v1/health" >/dev/null 2>&1 && break
    sleep 0.25
done
curl -sf -m 1 "http://127.0.0.1:$baseline_port/api/v1/health" >/dev/null || { echo "baseline not up" >&2; exit 1; }

B="http://localhost:$port/api/v1"
TOKEN=$(curl -s -X POST "$B/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$POSYANDU_ADMIN_PASSWORD\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
export TOKEN

# cpu_ticks PID: user + system CPU time the process has used, in clock ticks
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# load URL SECONDS PID [token]: one wrk run; prints its requests/s and the server's CPU milliseconds per request
# (which a busy machine disturbs less than the rate), fails on any non-201 answer
load() {
    local out before requests
    before=$(cpu_ticks "$3")
    out=$(TOKEN=${4:-} wrk -t2 -c16 -d"$2"s -s "$here/post.lua" "$1")
    if grep -q "Non-2xx" <<<"$out"; then
        echo "non-201 answers from $1:" >&2
        echo "$out" >&2
        exit 1
    fi
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    awk -v r="$requests" -v t=$(( $(cpu_ticks "$3") - before )) -v hz="$(getconf CLK_TCK)" \
        '/^Requests\/sec:/ {printf "%s %.3f\n", $2, 1000 * t / hz / r}' <<<"$out"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | sed -n 1p)"
# warm-up: both JITs compile the path before anything is measured
load "http://127.0.0.1:$baseline_port" 10 "$baseline_pid" >/dev/null
load "http://127.0.0.1:$port" 20 "$karaf_pid" "$TOKEN" >/dev/null
: >"$work/baseline.rates"; : >"$work/platform.rates"
for round in $(seq 1 "$rounds"); do
    load "http://127.0.0.1:$baseline_port" "$duration" "$baseline_pid" >>"$work/baseline.rates"
    if [ "${JFR:-0}" = 1 ] && [ "$round" = 1 ]; then
        jcmd "$karaf_pid" JFR.start name=bench settings="${JFR_SETTINGS:-profile}" duration="${duration}s" \
            filename="$work/platform.jfr" >/dev/null
    fi
    load "http://127.0.0.1:$port" "$duration" "$karaf_pid" "$TOKEN" >>"$work/platform.rates"
done
# median FIELD FILE: the median of column FIELD
median() { cut -d' ' -f"$1" "$2" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
runs() { cut -d' ' -f"$1" "$2" | paste -sd' '; }
base=$(median 1 "$work/baseline.rates")
plat=$(median 1 "$work/platform.rates")
echo "POST /api/v1/posyandu, wrk 2 threads 16 connections, ${duration} s x $rounds rounds (median):"
echo "  bare baseline: $base req/s, $(median 2 "$work/baseline.rates") ms CPU per request   (runs: $(runs 1 "$work/baseline.rates") req/s)"
echo "  platform:      $plat req/s, $(median 2 "$work/platform.rates") ms CPU per request   (runs: $(runs 1 "$work/platform.rates") req/s)"
awk -v p="$plat" -v b="$base" 'BEGIN {printf "  ratio platform/baseline: %.2f\n", p / b}'
[ "${JFR:-0}" != 1 ] || echo "JFR recording: $work/platform.jfr"

[ "${PART:-all}" = ratio ] || java "$root/docs/bench/SubmissionBench.java" "$B" "$POSYANDU_ADMIN_PASSWORD"
