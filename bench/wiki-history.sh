#!/usr/bin/env bash
# A wiki page with a long history: time to answer its history (the latest 50 revisions) and the
# diff between its first and its last revision, on H2 with the demo directory and a generated page.
#
#   bench/wiki-history.sh                 # 500 revisions, 30 timed requests each after 10 warm-up ones
#   REVISIONS=2000 RUNS=50 bench/wiki-history.sh
#
# Env: REVISIONS (500), RUNS (30), WARMUP_RUNS (10), APP_PORT (18083), JAVA_OPTS, APP_JAR,
# QUIET_MAX (120), QUIET_BELOW (20), KEEP_TMP=1 keeps the work dir.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REVISIONS="${REVISIONS:-500}"
RUNS="${RUNS:-30}"
WARMUP_RUNS="${WARMUP_RUNS:-10}"
APP_PORT="${APP_PORT:-18083}"
JAVA_OPTS="${JAVA_OPTS:-}"
QUIET_MAX="${QUIET_MAX:-120}"
QUIET_BELOW="${QUIET_BELOW:-20}"
JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="${APP_JAR:-$ROOT/target/club-0.1.0-SNAPSHOT.jar}"
[[ -f "$JAR" ]] || "$ROOT/bench/build.sh"
WORK="$(mktemp -d /tmp/club-wiki.XXXXXX)"
trap stop_app EXIT INT TERM
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

wait_quiet >/dev/null
BASE="http://127.0.0.1:$APP_PORT"
PAGE="$BASE/g/cyou1/wiki/journal-de-bord"
start_app 300 --club.demo=true --club.generate.wiki-revisions="$REVISIONS"
# Ready comes before the generator's listener is done: wait for the page's last revision.
for i in $(seq 600); do
	[[ "$(curl -s -o /dev/null -w '%{http_code}' "$PAGE?revision=$REVISIONS" || true)" == 200 ]] && break
	((i < 600)) || { echo "page not generated after 60 s, see $WORK/app/app.log" >&2; KEEP_TMP=1; exit 1; }
	sleep 0.1
done
grep -o 'Generated .*' "$WORK/app/app.log" || true


echo "== Wiki page with $REVISIONS revisions, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); $RUNS timed requests (curl, one at a time)"
"$JAVA" -version 2>&1 | sed -n 2p
echo "history (latest 50):       $(timed "$PAGE/history")"
echo "history (oldest 50):       $(timed "$PAGE/history?page=$(((REVISIONS + 49) / 50))")"
echo "diff 1 → $REVISIONS:            $(timed "$PAGE/diff?from=1&to=$REVISIONS")"
echo "diff $((REVISIONS - 1)) → $REVISIONS:          $(timed "$PAGE/diff?from=$((REVISIONS - 1))&to=$REVISIONS")"
echo "page (latest revision):    $(timed "$PAGE")"
echo "target: history and diff each in <= 100 ms"
