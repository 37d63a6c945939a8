#!/usr/bin/env bash
# A group's discussion at scale (issue 6), on PostgreSQL: the demo group Cyou1 filled with
# MESSAGE_COUNT messages in threads of 1,000 (--club.generate.discussion-messages), then, signed
# in as its member Camille, the time to answer a thread's first and last pages (1,000 messages,
# 50 a page) and searches for a frequent, a middling and a rare word and for two words.
#
#   bench/discussion.sh                       # 1,000,000 messages, 30 timed requests each after 10 warm-up ones
#   MESSAGE_COUNT=100000 RUNS=10 bench/discussion.sh
#
# Env: MESSAGE_COUNT (1000000), RUNS (30), WARMUP_RUNS (10), APP_PORT (18084), PG_HOST, PG_USER,
# PG_DATABASE (club_bench, dropped and created again), JAVA_OPTS, APP_JAR, QUIET_MAX (120),
# QUIET_BELOW (20), KEEP_TMP=1 keeps the work dir.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MESSAGE_COUNT="${MESSAGE_COUNT:-1000000}"
RUNS="${RUNS:-30}"
WARMUP_RUNS="${WARMUP_RUNS:-10}"
APP_PORT="${APP_PORT:-18084}"
JAVA_OPTS="${JAVA_OPTS:-}"
QUIET_MAX="${QUIET_MAX:-120}"
QUIET_BELOW="${QUIET_BELOW:-20}"
PG_HOST="${PG_HOST:-127.0.0.1}" PG_USER="${PG_USER:-postgres}" PG_DATABASE="${PG_DATABASE:-club_bench}"
JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
JAR="${APP_JAR:-$ROOT/target/club-0.1.0-SNAPSHOT.jar}"
[[ -f "$JAR" ]] || "$ROOT/bench/build.sh"
WORK="$(mktemp -d /tmp/club-discussion.XXXXXX)"
trap stop_app EXIT INT TERM
# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

psql -q -h "$PG_HOST" -U "$PG_USER" -d postgres -c "drop database if exists $PG_DATABASE" -c "create database $PG_DATABASE" >/dev/null
export CLUB_DB_URL="jdbc:postgresql://$PG_HOST:5432/$PG_DATABASE" CLUB_DB_USER="$PG_USER"
wait_quiet >/dev/null
BASE="http://127.0.0.1:$APP_PORT"
start_app 1200 --spring.profiles.active=postgres --club.demo=true --club.generate.discussion-messages="$MESSAGE_COUNT"
GENERATED="$(grep -o 'Generated [0-9]* discussion messages.*' "$WORK/app/app.log")"
word() { sed -n "s/.*$1=\([a-z]*\).*/\1/p" <<<"$GENERATED"; }
FREQUENT="$(word frequent)" MIDDLING="$(word middling)" RARE="$(word rare)"

# Signed in as Camille, a member of Cyou1: the discussion is for members.
JAR_FILE="$WORK/cookies"
CSRF="$(curl -s -c "$JAR_FILE" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null --data-urlencode "email=camille@demo.club.localhost" \
	--data-urlencode "password=club-demo-2026" --data-urlencode "_csrf=$CSRF" "$BASE/login"
THREAD="$(psql -h "$PG_HOST" -U "$PG_USER" -d "$PG_DATABASE" -Atc "select id from discussion_thread where title = 'Banc 1'")"
[[ "$(curl -s -b "$JAR_FILE" -o /dev/null -w '%{http_code}' "$BASE/threads/$THREAD")" == 200 ]] || { echo "not signed in" >&2; exit 1; }

hits() { psql -h "$PG_HOST" -U "$PG_USER" -d "$PG_DATABASE" -Atc "select count(*) from discussion_message where search_vector @@ plainto_tsquery('simple', '$1')"; }

echo "== a group's discussion, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD)"
echo "   fresh PostgreSQL database $PG_DATABASE, $(psql -h "$PG_HOST" -U "$PG_USER" -d postgres -Atc 'show server_version'); $RUNS timed requests each (curl, one at a time, signed in)"
echo "   $GENERATED"
"$JAVA" -version 2>&1 | sed -n 2p
echo "thread of 1,000 messages, page 1:       $(timed "$BASE/threads/$THREAD" -b "$JAR_FILE")"
echo "thread of 1,000 messages, page 20:      $(timed "$BASE/threads/$THREAD?page=20" -b "$JAR_FILE")"
echo "search '$FREQUENT' ($(hits "$FREQUENT") messages hold it): $(timed "$BASE/g/cyou1/discussion/search?q=$FREQUENT" -b "$JAR_FILE")"
echo "search '$MIDDLING' ($(hits "$MIDDLING")): $(timed "$BASE/g/cyou1/discussion/search?q=$MIDDLING" -b "$JAR_FILE")"
echo "search '$RARE' ($(hits "$RARE")): $(timed "$BASE/g/cyou1/discussion/search?q=$RARE" -b "$JAR_FILE")"
echo "search '$FREQUENT $MIDDLING' ($(hits "$FREQUENT $MIDDLING")): $(timed "$BASE/g/cyou1/discussion/search?q=$FREQUENT+$MIDDLING" -b "$JAR_FILE")"
echo "targets: a thread page <= 100 ms; search over 1,000,000 messages p95 <= 200 ms"
