#!/usr/bin/env bash
# Security cost benchmark: PBKDF2 per login, access-token check per request, audit write per personal-data
# request. Starts a copy of the built distribution on port 38181 (a dev instance is not disturbed).
#
#   mvn install -DskipTests && docs/bench/security.sh
set -euo pipefail
. "$(dirname "$0")/lib.sh"
bench_copy bench-security
bench_start
cp="$root/bundles/org.posyandu.core/target/classes:$root/bundles/org.posyandu.api/target/classes"
java -cp "$cp" "$root/docs/bench/SecurityBench.java" "http://localhost:$port/api/v1" "$POSYANDU_ADMIN_PASSWORD"
