#!/usr/bin/env bash
# Security cost benchmark: PBKDF2 per login, access-token check per request, audit write per personal-data
# request. Starts a copy of the built distribution on port 38181 (a dev instance is not disturbed).
#
#   mvn install -DskipTests && docs/bench/security.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
src="$root/karaf-distribution/target/assembly"
work="$root/karaf-distribution/target/bench-security"
port=38181
[ -x "$src/bin/karaf" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }

rm -rf "$work" && cp -r "$src" "$work" && rm -rf "$work/data"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$work/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 38101/" "$work/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = 31099/; s/^rmiServerPort *=.*/rmiServerPort = 34444/" \
    "$work/etc/org.apache.karaf.management.cfg"

export POSYANDU_ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')"
"$work/bin/karaf" server >"$work/console.out" 2>&1 &
pid=$!
cleanup() { pkill -TERM -f "karaf.base=$work" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 240); do
    curl -sf -m 1 "http://localhost:$port/api/v1/health" 2>/dev/null | grep -q '^{"status":"UP"' && break
    sleep 0.25
done
cp="$root/bundles/org.posyandu.core/target/classes:$root/bundles/org.posyandu.api/target/classes"
java -cp "$cp" "$root/docs/bench/SecurityBench.java" "http://localhost:$port/api/v1" "$POSYANDU_ADMIN_PASSWORD"
