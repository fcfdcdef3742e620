#!/usr/bin/env bash
# Server CPU per answer save (docs/benchmarks.md): starts the portal as benchmark.sh does (own ports, a fresh
# throw-away database benchdb, TAKERS*2 load-test logins), measures a 20-question and a QUESTIONS-question exam with
# save_cpu.py, stops the portal. JFR=1 also records a flight recording of the second run (portal/target/save.jfr).
#
#   flock /work/it.lock portal/src/gatling/save_cpu.sh           # on a shared machine: under the IT lock
#   SAVES=4000 TAKERS=20 QUESTIONS=100 portal/src/gatling/save_cpu.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."

TAKERS=${TAKERS:-20}
SAVES=${SAVES:-3000}
QUESTIONS=${QUESTIONS:-100}
HTTP_PORT=${HTTP_PORT:-9280}
HTTPS_PORT=${HTTPS_PORT:-9643}
SERVER_DIR=portal/target/liberty/wlp/usr/servers/portalServer
SERVER_LOG=portal/target/save-cpu-server.log
BASE=http://localhost:${HTTP_PORT}/portal/

if curl -s -o /dev/null "http://localhost:${HTTP_PORT}/"; then
    echo "port ${HTTP_PORT} is in use; stop what runs there or set HTTP_PORT" >&2
    exit 1
fi
rm -rf "${SERVER_DIR}/data/benchdb"
mkdir -p portal/target
./mvnw -B -o -pl portal -am liberty:run -DskipTests -Dspotless.check.skip=true \
    -Dliberty.var.http.port="${HTTP_PORT}" -Dliberty.var.https.port="${HTTPS_PORT}" \
    -Dliberty.var.portal.derby.name=benchdb \
    -Dliberty.var.shoumi.portal.demo.load-test-users=$((TAKERS * 2)) > "${SERVER_LOG}" 2>&1 &
MAVEN_PID=$!
stop_portal() {
    if [ -x portal/target/liberty/wlp/bin/server ]; then
        portal/target/liberty/wlp/bin/server stop portalServer > /dev/null 2>&1 || true
    fi
    kill -TERM "${MAVEN_PID}" 2> /dev/null || true
    wait "${MAVEN_PID}" 2> /dev/null || true
    rm -f "${SERVER_DIR}/configDropins/overrides/liberty-plugin-variable-config.xml"
}
trap stop_portal EXIT
for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:${HTTP_PORT}/health/ready" && break
    kill -0 "${MAVEN_PID}" 2> /dev/null || { echo "the portal did not start; see ${SERVER_LOG}" >&2; exit 1; }
    sleep 5
done
# the Liberty JVM: the java process whose command line names this clone's server
PID=$(pgrep -f "$(pwd)/portal/target/liberty/wlp/.*ws-server.jar portalServer" | head -1)
[ -n "${PID}" ] || { echo "no Liberty process found" >&2; exit 1; }
python3 portal/src/gatling/save_cpu.py --base "${BASE}" --pid "${PID}" --questions 20 \
    --takers "${TAKERS}" --saves "${SAVES}"
if [ "${JFR:-0}" = 1 ]; then
    jcmd "${PID}" JFR.start name=save settings=profile filename="$(pwd)/portal/target/save.jfr" > /dev/null
fi
python3 portal/src/gatling/save_cpu.py --base "${BASE}" --pid "${PID}" --questions "${QUESTIONS}" \
    --takers "${TAKERS}" --first-user $((TAKERS + 1)) --saves "${SAVES}"
if [ "${JFR:-0}" = 1 ]; then
    jcmd "${PID}" JFR.stop name=save > /dev/null
fi
