#!/usr/bin/env bash
# An ecosystem's iCalendar feed (issue 5): time to answer GET /e/coop-group/meetings.ics when the
# ecosystem's groups hold MEETING_COUNT public meetings in the feed's window, on H2 (default) or
# PostgreSQL, with a generated directory. Three figures: the first request after start (every
# event written), the feed rendered each time (?lang=fr bypasses the public page cache: query,
# events kept per revision, concatenation), and the feed as calendar applications get it (from
# the public page cache until something changes).
#
#   bench/ecosystem-calendar.sh                      # 10,000 meetings, 30 timed requests after 10 warm-up ones
#   DATABASE=postgresql bench/ecosystem-calendar.sh
#
# Env: MEETING_COUNT (10000), GROUP_COUNT (2000), DATABASE (h2), RUNS (30), WARMUP_RUNS (10),
# APP_PORT (18083), JAVA_OPTS, APP_JAR, QUIET_MAX (120), QUIET_BELOW (20), KEEP_TMP=1 keeps the work dir.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MEETING_COUNT="${MEETING_COUNT:-10000}"
GROUP_COUNT="${GROUP_COUNT:-2000}"
DATABASE="${DATABASE:-h2}"
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
WORK="$(mktemp -d /tmp/club-ical.XXXXXX)"
trap stop_app EXIT INT TERM
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APP_ARGS="--club.generate.groups=$GROUP_COUNT --club.generate.meetings=$MEETING_COUNT"
DATABASE_LINE="fresh H2 data dir"
if [[ "$DATABASE" == postgresql ]]; then
	PG_HOST="${PG_HOST:-127.0.0.1}" PG_USER="${PG_USER:-postgres}" PG_DATABASE="${PG_DATABASE:-club_bench}"
	psql -q -h "$PG_HOST" -U "$PG_USER" -d postgres -c "drop database if exists $PG_DATABASE" -c "create database $PG_DATABASE" >/dev/null
	export CLUB_DB_URL="jdbc:postgresql://$PG_HOST:5432/$PG_DATABASE" CLUB_DB_USER="$PG_USER"
	APP_ARGS="--spring.profiles.active=postgres --club.demo=true $APP_ARGS"
	DATABASE_LINE="fresh PostgreSQL database $PG_DATABASE, $(psql -h "$PG_HOST" -U "$PG_USER" -d postgres -Atc 'show server_version')"
fi

wait_quiet >/dev/null
BASE="http://127.0.0.1:$APP_PORT"
# shellcheck disable=SC2086 # APP_ARGS holds several arguments
start_app 600 $APP_ARGS
grep -o 'coop-group now has .*' "$WORK/app/app.log" || true

URL="$BASE/e/coop-group/meetings.ics"
# The first request writes every event (then kept per revision): timed on its own.
FIRST="$(curl -s -o "$WORK/feed.ics" -w '%{time_total}' "$URL" | awk '{ printf "%.1f ms", $1 * 1000 }')"
EVENTS="$(grep -c '^BEGIN:VEVENT' "$WORK/feed.ics" || true)"
RENDERED="$(timed "$URL?lang=fr")"
CACHED="$(timed "$URL")"

echo "== ecosystem iCalendar feed, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD)"
echo "   $DATABASE_LINE; $GROUP_COUNT generated groups; $RUNS timed requests (curl, one at a time)"
"$JAVA" -version 2>&1 | sed -n 2p
echo "/e/coop-group/meetings.ics: $EVENTS events; first request after start: $FIRST"
echo "  rendered each time (?lang=fr): $RENDERED"
echo "  from the public page cache:    $CACHED"
echo "target: 10,000 meetings in <= 200 ms"
