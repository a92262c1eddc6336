# Shared by the benchmark scripts: a private copy of the built assembly on port 38181 (SSH 38101, RMI
# 38099/38444; none of them an integration test's), so a running dev instance is not disturbed. Source it, then call bench_copy <folder-name>.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
src="${BENCH_ASSEMBLY:-$root/karaf-distribution/target/assembly}"   # BENCH_ASSEMBLY: measure another build
port=${BENCH_PORT:-38181}          # BENCH_PORT / BENCH_SSH_PORT / BENCH_RMI_PORTS="registry server" move them
ssh_port=${BENCH_SSH_PORT:-38101}
read -r rmi_registry rmi_server <<<"${BENCH_RMI_PORTS:-38099 38444}"
[ -x "$src/bin/karaf" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}

# bench_copy NAME: a fresh copy in karaf-distribution/target/NAME with the bench ports; sets $work
bench_copy() {
    work="$root/karaf-distribution/target/$1"
    rm -rf "$work" && cp -r "$src" "$work" && rm -rf "$work/data"
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$work/etc/org.ops4j.pax.web.cfg"
    sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$work/etc/org.apache.karaf.shell.cfg"
    sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $rmi_registry/; s/^rmiServerPort *=.*/rmiServerPort = $rmi_server/" \
        "$work/etc/org.apache.karaf.management.cfg"
}

# bench_start: starts $work in the background with a random admin password (POSYANDU_ADMIN_PASSWORD) and waits
# until health is UP; stops it on exit
bench_start() {
    # another instance on the bench port would answer in this one's place: refuse to measure it
    if curl -s -m 1 -o /dev/null "http://localhost:$port/" 2>/dev/null; then
        echo "port $port is in use (another bench running?); stop it first" >&2
        exit 1
    fi
    export POSYANDU_ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')"
    "$work/bin/karaf" server >"$work/console.out" 2>&1 &
    bench_pid=$!
    trap 'pkill -TERM -f "karaf.base=$work" 2>/dev/null || true; wait "$bench_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 1 240); do
        curl -sf -m 1 "http://localhost:$port/api/v1/health" 2>/dev/null | grep -q '^{"status":"UP"' && return 0
        sleep 0.25
    done
    echo "not UP in 60 s; see $work/console.out" >&2
    exit 1
}
