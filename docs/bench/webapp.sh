#!/usr/bin/env bash
# Web app quality: Lighthouse (performance, accessibility, best practices) on the kader app (mobile preset:
# simulated slow 4G and 4x CPU slowdown) and on the admin console (desktop and mobile), cold first load and
# logged in, with the bytes transferred and the time to interactive. Starts a copy of the built distribution on
# port 38181, creates a Posyandu, a kabupaten admin and a kader, and drives Debian's Chromium with
# puppeteer-core. Needs Node.js and npm (for the measuring tools only: the build never does) and Debian's
# chromium; installs lighthouse and puppeteer-core into karaf-distribution/target/lighthouse-tools once.
#
#   mvn install -DskipTests && docs/bench/webapp.sh      # HTML reports in karaf-distribution/target/lighthouse
set -euo pipefail
. "$(dirname "$0")/lib.sh"
tools="$root/karaf-distribution/target/lighthouse-tools"
if [ ! -d "$tools/node_modules/lighthouse" ]; then
    mkdir -p "$tools" && (cd "$tools" && npm init -y >/dev/null && \
        npm install --no-audit --no-fund lighthouse@12.8.2 puppeteer-core@23.11.1 >/dev/null)
fi
bench_copy bench-webapp
bench_start
echo "machine: $(nproc) cores, $(chromium --version 2>/dev/null | sed -n 1p), node $(node --version)"

B="http://localhost:$port/api/v1"; J='Content-Type: application/json'
T=$(curl -s -X POST "$B/auth/token" -H "$J" -d "{\"username\":\"admin\",\"password\":\"$POSYANDU_ADMIN_PASSWORD\"}" |
    sed 's/.*"access_token":"\([^"]*\)".*/\1/')
P=$(curl -s -X POST "$B/posyandu" -H "Authorization: Bearer $T" -H "$J" \
    -d '{"nama":"Posyandu Lighthouse","desaKode":"16.71.17.1003"}' | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
PW="Lighthouse-Uji-2026"
curl -s -o /dev/null -X POST "$B/users" -H "Authorization: Bearer $T" -H "$J" \
    -d "{\"username\":\"adm.lh\",\"password\":\"$PW\",\"role\":\"ADMIN_KABUPATEN\",\"wilayah\":\"16.71\"}"
curl -s -o /dev/null -X POST "$B/users" -H "Authorization: Bearer $T" -H "$J" \
    -d "{\"username\":\"kader.lh\",\"password\":\"$PW\",\"role\":\"KADER\",\"posyanduIds\":[\"$P\"]}"
for i in $(seq 1 20); do   # a sasaran list of a real size
    curl -s -o /dev/null -X POST "$B/warga" -H "Authorization: Bearer $T" -H "$J" -d "{\"nama\":\"Balita $i\",
        \"jenisKelamin\":\"L\",\"tanggalLahir\":\"$(date -d "-$i months" +%F)\",\"desaKode\":\"16.71.17.1003\",\"posyanduId\":\"$P\"}"
done
# ES modules resolve packages next to the script, not through NODE_PATH: run a copy beside the tools
cp "$root/docs/bench/lighthouse-flow.mjs" "$tools/"
node "$tools/lighthouse-flow.mjs" "http://localhost:$port/" kader.lh adm.lh "$PW" "$root/karaf-distribution/target/lighthouse"
