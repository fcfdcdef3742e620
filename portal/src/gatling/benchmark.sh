#!/usr/bin/env bash
# The exam benchmark (README, "Benchmark"): starts the portal on its own ports with a fresh, throw-away Derby
# database (data/benchdb) holding USERS load-test logins, runs the Gatling simulation against it, stops the portal.
#
#   portal/src/gatling/benchmark.sh                     # 500 users, 60 s ramp
#   USERS=50 RAMP_SECONDS=30 portal/src/gatling/benchmark.sh
#   portal/src/gatling/benchmark.sh -DthinkMinMs=500    # extra -D options go to the simulation
#   PORTAL_DB=postgresql portal/src/gatling/benchmark.sh # against an empty PostgreSQL database
#
# Exit status: that of the simulation (non-zero when its assertions fail). The portal is stopped either way.
set -euo pipefail
cd "$(dirname "$0")/../../.."

USERS=${USERS:-500}
RAMP_SECONDS=${RAMP_SECONDS:-60}
HTTP_PORT=${HTTP_PORT:-9280}
HTTPS_PORT=${HTTPS_PORT:-9643}
SERVER_DIR=portal/target/liberty/wlp/usr/servers/portalServer
SERVER_LOG=portal/target/benchmark-server.log
READY_URL=http://localhost:${HTTP_PORT}/health/ready

if curl -s -o /dev/null "http://localhost:${HTTP_PORT}/"; then
    echo "port ${HTTP_PORT} is in use; stop what runs there or set HTTP_PORT" >&2
    exit 1
fi

rm -rf "${SERVER_DIR}/data/benchdb"
mkdir -p portal/target
# PORTAL_DB=postgresql benchmarks PostgreSQL instead: the database (README, "PostgreSQL instead of Derby") must be
# empty, so that the first start creates the load-test logins; the server is made afresh for the switch
CLEAN=()
if [ "${PORTAL_DB:-derby}" = "postgresql" ]; then
    CLEAN=(-Dclean=true)
fi
echo "starting the portal on port ${HTTP_PORT} with ${USERS} load-test logins on ${PORTAL_DB:-derby} (log: ${SERVER_LOG})"
./mvnw -B -pl portal -am liberty:run -DskipTests "${CLEAN[@]}" \
    -Dliberty.var.http.port="${HTTP_PORT}" -Dliberty.var.https.port="${HTTPS_PORT}" \
    -Dliberty.var.portal.derby.name=benchdb \
    -Dliberty.var.shoumi.portal.demo.load-test-users="${USERS}" > "${SERVER_LOG}" 2>&1 &
MAVEN_PID=$!

stop_portal() {
    echo "stopping the portal"
    if [ -x portal/target/liberty/wlp/bin/server ]; then
        portal/target/liberty/wlp/bin/server stop portalServer > /dev/null 2>&1 || true
    fi
    kill -TERM "${MAVEN_PID}" 2> /dev/null || true
    wait "${MAVEN_PID}" 2> /dev/null || true
    # the ports, database and load-test logins set above are server variables written by the Liberty plugin;
    # remove them so that a later plain liberty:run is the usual demo portal again
    rm -f "${SERVER_DIR}/configDropins/overrides/liberty-plugin-variable-config.xml"
}
trap stop_portal EXIT

for _ in $(seq 1 180); do
    if curl -sf -o /dev/null "${READY_URL}"; then
        break
    fi
    if ! kill -0 "${MAVEN_PID}" 2> /dev/null; then
        echo "the portal did not start; see ${SERVER_LOG}" >&2
        exit 1
    fi
    sleep 5
done
curl -sf -o /dev/null "${READY_URL}" || { echo "the portal was not ready after 15 minutes" >&2; exit 1; }

status=0
./mvnw -B -pl portal -am -Pbenchmark test -DskipTests \
    -Dusers="${USERS}" -DrampSeconds="${RAMP_SECONDS}" -DbaseUrl="http://localhost:${HTTP_PORT}/portal/" "$@" \
    || status=$?
if command -v python3 > /dev/null && ls portal/target/gatling/*/index.html > /dev/null 2>&1; then
    python3 portal/src/gatling/summary.py
fi
exit "${status}"
