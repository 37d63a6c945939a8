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
trap stop_app EXIT INT TERM
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

wait_quiet >/dev/null
BASE="http://127.0.0.1:$APP_PORT"
start_app 300 --club.generate.groups="$GROUP_COUNT"
grep -o 'Generated .*' "$WORK/app/app.log" || true


echo "== GeoJSON, $GROUP_COUNT groups generated, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; $RUNS timed requests (curl, one at a time)"
"$JAVA" -version 2>&1 | sed -n 2p
echo "all groups:            $(timed "$BASE/api/v1/groups.geojson")"
echo "bbox West Africa:      $(timed "$BASE/api/v1/groups.geojson?bbox=-18,4,3,19")"
echo "target: all groups in <= 100 ms"
