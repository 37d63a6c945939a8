#!/usr/bin/env bash
# GeoJSON of a large directory: time to answer GET /api/v1/groups.geojson (all groups with a
# position) and the same inside a bounding box, on H2 with a generated directory.
#
#   bench/geojson.sh                 # 10,000 groups, 30 timed requests each after 10 warm-up ones
#   GROUP_COUNT=2000 RUNS=50 bench/geojson.sh
#
# Env: GROUP_COUNT (10000), RUNS (30), WARMUP_RUNS (10), APP_PORT (18082), JAVA_OPTS, APP_JAR,
# QUIET_MAX (120), QUIET_BELOW (20), KEEP_TMP=1 keeps the work dir.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GROUP_COUNT="${GROUP_COUNT:-10000}"
RUNS="${RUNS:-30}"
WARMUP_RUNS="${WARMUP_RUNS:-10}"
APP_PORT="${APP_PORT:-18082}"
JAVA_OPTS="${JAVA_OPTS:-}"
QUIET_MAX="${QUIET_MAX:-120}"
QUIET_BELOW="${QUIET_BELOW:-20}"
JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="${APP_JAR:-$ROOT/target/club-0.1.0-SNAPSHOT.jar}"
[[ -f "$JAR" ]] || "$ROOT/bench/build.sh"
WORK="$(mktemp -d /tmp/club-geojson.XXXXXX)"
APP_PID=""
cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
	if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

wait_quiet >/dev/null
BASE="http://127.0.0.1:$APP_PORT"
mkdir -p "$WORK/app"
# shellcheck disable=SC2086
(cd "$WORK/app" && exec "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --club.generate.groups="$GROUP_COUNT" \
	--management.endpoint.health.probes.enabled=true >app.log 2>&1) &
APP_PID=$!
for i in $(seq 3000); do
	[[ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$BASE/actuator/health/readiness" || true)" == 200 ]] && break
	kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $WORK/app/app.log" >&2; KEEP_TMP=1; exit 1; }
	((i < 3000)) || { echo "app not ready after 300 s" >&2; KEEP_TMP=1; exit 1; }
	sleep 0.1
done
grep -o 'Generated .*' "$WORK/app/app.log" || true

# time_ms <url>: prints the median and the 95th percentile of RUNS requests, in ms, and the size
time_ms() {
	local url=$1 i
	for i in $(seq "$WARMUP_RUNS"); do curl -s -o /dev/null "$url"; done
	for i in $(seq "$RUNS"); do curl -s -o /dev/null -w '%{time_total} %{size_download}\n' "$url"; done |
		sort -n | awk '{ t[NR] = $1 * 1000; s = $2 } END { printf "median %.1f ms, p95 %.1f ms, %d bytes\n", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], s }'
}

echo "== GeoJSON, $GROUP_COUNT groups generated, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; $RUNS timed requests (curl, one at a time)"
"$JAVA" -version 2>&1 | sed -n 2p
echo "all groups:            $(time_ms "$BASE/api/v1/groups.geojson")"
echo "bbox West Africa:      $(time_ms "$BASE/api/v1/groups.geojson?bbox=-18,4,3,19")"
echo "target: all groups in <= 100 ms"
