#!/usr/bin/env bash
# Startup benchmark: wall time from JVM launch to the first HTTP 200 of GET /, on H2 with demo data.
#
# Every run starts from an EMPTY data directory (a fresh temp dir), so Flyway migrations and the
# demo data are part of what is measured. Also reported: the time until the app is "ready", i.e.
# /actuator/health/readiness answers 200. Demo data is loaded by ApplicationRunners, which Spring
# Boot calls after Tomcat already serves pages and before it marks the app ready; the readiness
# probe is switched on for that with --management.endpoint.health.probes.enabled=true.
#
#   bench/startup.sh                      # 5 runs of each variant
#   RUNS=3 VARIANTS="plain" bench/startup.sh
#
# Variants (all on the same jar, none changes the application):
#   plain     java -jar target/club-0.1.0-SNAPSHOT.jar
#   extracted java -jar on the jar unpacked with `java -Djarmode=tools -jar app.jar extract`
#   aot       extracted + JDK 25 AOT cache (-XX:AOTCache), made by a training run of this script
#             (-XX:AOTCacheOutput, on its own fresh data dir, that serves a few pages then stops)
#   aot-c1    aot + -XX:TieredStopAtLevel=1 (C1 only: faster start, lower peak throughput)
#
# Env: RUNS (5), VARIANTS ("plain extracted aot aot-c1"), PORT (18090), JAVA_OPTS (extra JVM
# flags for every variant), TIMEOUT (60 s per run), QUIET_MAX (120 s to wait for an idle
# machine before each run), QUIET_BELOW (20, % of CPU busy), MAX_OTHERS (10: a run during which
# other processes took more than this % of the machine's CPU is shown, discarded and redone, at
# most RETRIES (4) times per run; 100 keeps every run), KEEP_TMP=1 keeps the work dir.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
RUNS="${RUNS:-5}"
VARIANTS="${VARIANTS:-plain extracted aot aot-c1}"
PORT="${PORT:-18090}"
JAVA_OPTS="${JAVA_OPTS:-}"
TIMEOUT="${TIMEOUT:-60}"
QUIET_MAX="${QUIET_MAX:-120}"
QUIET_BELOW="${QUIET_BELOW:-20}"
MAX_OTHERS="${MAX_OTHERS:-10}"
RETRIES="${RETRIES:-4}"
JAR="$ROOT/target/club-0.1.0-SNAPSHOT.jar"
URL="http://127.0.0.1:$PORT/"
READY_URL="http://127.0.0.1:$PORT/actuator/health/readiness"
APP_ARGS=(--server.port="$PORT" --management.endpoint.health.probes.enabled=true)

[[ -x "$JAVA" ]] || { echo "JDK 25 not found at $JAVA_HOME (set JAVA_HOME_25)" >&2; exit 1; }
command -v curl >/dev/null || { apt-get update -q && apt-get install -y -q curl; }
[[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q -DskipTests package)

WORK="$(mktemp -d /tmp/club-startup.XXXXXX)"
APP_PID=""
cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -9 "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

# stop_app: SIGTERM (lets an AOT training run write its cache), SIGKILL after 60 s.
stop_app() {
	[[ -n "$APP_PID" ]] || return 0
	kill "$APP_PID" 2>/dev/null || true
	local i
	for i in $(seq 600); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
	kill -9 "$APP_PID" 2>/dev/null || true
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=""
}

# run_once <java args...>: sets T200 and TREADY (ms from launch) and OTHERS (%), or fails.
run_once() {
	local dir t0 t200="" tready="" code
	dir="$(mktemp -d "$WORK/run.XXXXXX")"
	port_free || { echo "port $PORT is busy" >&2; return 1; }
	cd "$dir"
	local m0 c0 m1 c1 app
	read -r -a m0 < <(machine_jiffies)
	children_jiffies; c0=$CJ
	t0=$(now_ms)
	"$JAVA" "$@" "${APP_ARGS[@]}" >app.log 2>&1 &
	APP_PID=$!
	cd "$ROOT"
	while [[ -z "$t200" || -z "$tready" ]]; do
		if [[ -z "$t200" ]]; then
			code=$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$URL" || true)
			[[ "$code" == 200 ]] && t200=$(($(now_ms) - t0))
		fi
		if [[ -n "$t200" && -z "$tready" ]]; then
			code=$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$READY_URL" || true)
			[[ "$code" == 200 ]] && tready=$(($(now_ms) - t0))
		fi
		if ! kill -0 "$APP_PID" 2>/dev/null; then echo "app died, log: $dir/app.log" >&2; KEEP_TMP=1; return 1; fi
		if (($(now_ms) - t0 > TIMEOUT * 1000)); then echo "timeout, log: $dir/app.log" >&2; KEEP_TMP=1; return 1; fi
		sleep 0.02
	done
	app=$(pid_jiffies "$APP_PID")
	read -r -a m1 < <(machine_jiffies)
	children_jiffies; c1=$CJ
	stop_app
	rm -rf "$dir"
	T200=$t200 TREADY=$tready
	# % of the machine's CPU time used by anything but this JVM and the polling (curl, grep)
	OTHERS=$(((m1[0] - m0[0] - app - (c1 - c0)) * 100 / (m1[1] - m0[1] > 0 ? m1[1] - m0[1] : 1)))
	((OTHERS >= 0)) || OTHERS=0
}

median() { sort -n | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print int((v[NR/2]+v[NR/2+1])/2)}'; }

EXTRACTED="$WORK/extracted"
AOT="$WORK/app.aot"
prepare_extracted() {
	[[ -d "$EXTRACTED" ]] && return 0
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
}
prepare_aot() {
	[[ -f "$AOT" ]] && return 0
	prepare_extracted
	echo "AOT training run (-XX:AOTCacheOutput) on a fresh data dir..." >&2
	local dir u
	dir="$(mktemp -d "$WORK/train.XXXXXX")"
	cd "$dir"
	# shellcheck disable=SC2086
	"$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$AOT" -jar "$EXTRACTED/club-0.1.0-SNAPSHOT.jar" "${APP_ARGS[@]}" >app.log 2>&1 &
	APP_PID=$!
	cd "$ROOT"
	local t0; t0=$(now_ms)
	until [[ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$READY_URL" || true)" == 200 ]]; do
		kill -0 "$APP_PID" 2>/dev/null || { echo "training run died: $dir/app.log" >&2; KEEP_TMP=1; return 1; }
		(($(now_ms) - t0 > TIMEOUT * 1000)) && { echo "training timeout: $dir/app.log" >&2; KEEP_TMP=1; return 1; }
		sleep 0.2
	done
	for u in / /login /actuator/health / / /; do curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$PORT$u" || true; done
	stop_app # the JVM writes the cache on exit
	[[ -f "$AOT" ]] || { echo "no AOT cache written, see $dir/app.log" >&2; KEEP_TMP=1; return 1; }
	echo "AOT cache: $(du -h "$AOT" | cut -f1)" >&2
	rm -rf "$dir"
}

# variant_args <variant>: sets the array ARGS.
variant_args() {
	local opts=()
	# shellcheck disable=SC2206
	[[ -n "$JAVA_OPTS" ]] && opts=($JAVA_OPTS)
	case "$1" in
	plain) ARGS=("${opts[@]}" -jar "$JAR") ;;
	extracted) ARGS=("${opts[@]}" -jar "$EXTRACTED/club-0.1.0-SNAPSHOT.jar") ;;
	aot) ARGS=("${opts[@]}" -XX:AOTCache="$AOT" -jar "$EXTRACTED/club-0.1.0-SNAPSHOT.jar") ;;
	aot-c1) ARGS=("${opts[@]}" -XX:AOTCache="$AOT" -XX:TieredStopAtLevel=1 -jar "$EXTRACTED/club-0.1.0-SNAPSHOT.jar") ;;
	*) echo "unknown variant $1" >&2; return 1 ;;
	esac
}

echo "== Startup benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $RUNS runs per variant"
"$JAVA" -version 2>&1 | sed -n 2p
# shellcheck disable=SC2086 # JAVA_OPTS holds several flags
echo "JVM ergonomic flags: $("$JAVA" $JAVA_OPTS -XX:+PrintCommandLineFlags -version 2>/dev/null | head -1)"
echo "jar: $JAR"
echo

SUMMARY=""
for variant in $VARIANTS; do
	case "$variant" in
	extracted) prepare_extracted ;;
	aot | aot-c1) prepare_aot ;;
	esac
	variant_args "$variant"
	shown="${ARGS[*]}"
	echo "-- $variant: java ${shown//$WORK/\$WORK} ${APP_ARGS[*]}"
	firsts=() readies=()
	for i in $(seq "$RUNS"); do
		for try in $(seq 0 "$RETRIES"); do
			busy=$(wait_quiet)
			run_once "${ARGS[@]}"
			if ((OTHERS <= MAX_OTHERS)); then note=""
			elif ((try < RETRIES)); then note="  DISCARDED (busy machine), redone"
			else note="  kept although the machine was busy (RETRIES exhausted)"; fi
			printf '   run %d: first 200 of GET / at %5d ms, ready (demo data loaded) at %5d ms  (other processes: %2d%% CPU before, %2d%% during)%s\n' \
				"$i" "$T200" "$TREADY" "$busy" "$OTHERS" "$note"
			[[ "$note" == *DISCARDED* ]] || break
		done
		firsts+=("$T200"); readies+=("$TREADY")
	done
	m200=$(printf '%s\n' "${firsts[@]}" | median)
	mready=$(printf '%s\n' "${readies[@]}" | median)
	printf '   median: first 200 %d ms, ready %d ms\n\n' "$m200" "$mready"
	SUMMARY+="$(printf '%-10s median first 200: %5d ms   ready: %5d ms   first-200 runs: %s' \
		"$variant" "$m200" "$mready" "${firsts[*]}")"$'\n'
done

echo "== Summary (target: first served page <= 5000 ms)"
printf '%s' "$SUMMARY"
