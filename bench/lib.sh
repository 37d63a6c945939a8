# shellcheck shell=bash
# Shared by the benchmark scripts (sourced): CPU accounting and waiting for an idle machine.
# Needs WORK (a scratch dir), QUIET_MAX and QUIET_BELOW set by the caller.

# CPU accounting, to tell how much of the 2 cores other processes took during a measurement.
HZ="$(getconf CLK_TCK)"
# machine_jiffies: "<busy (user+nice+system)> <total>" summed over all CPUs
machine_jiffies() { awk '/^cpu / { print $2 + $3 + $4, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat; }
# pid_jiffies <pid>: user+system time of one live process (all its threads)
pid_jiffies() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# children_jiffies: sets CJ to the user+system time of this shell's waited-for children (curl,
# wrk, ...). `times` must run in this shell, not in a subshell or a pipeline.
children_jiffies() {
	times >"$WORK/times"
	# shellcheck disable=SC2034 # read by the scripts that source this file
	CJ=$(awk -v hz="$HZ" 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] } print int(t * hz) }' "$WORK/times")
}

# CPU busy % of the whole machine over one second (other processes share these 2 cores).
cpu_busy() {
	local a b
	read -r -a a < <(grep '^cpu ' /proc/stat)
	sleep 1
	read -r -a b < <(grep '^cpu ' /proc/stat)
	local ta=0 tb=0 i
	for i in 1 2 3 4 5 6 7 8; do ta=$((ta + a[i])); tb=$((tb + b[i])); done
	local idle=$(((b[4] + b[5]) - (a[4] + a[5]))) total=$((tb - ta))
	echo $((total > 0 ? 100 * (total - idle) / total : 0))
}
# Waits (up to QUIET_MAX s) until the machine is nearly idle; prints the last busy %.
wait_quiet() {
	local deadline=$(($(date +%s) + QUIET_MAX)) busy
	while :; do
		busy=$(cpu_busy)
		if ((busy < QUIET_BELOW)) || (($(date +%s) >= deadline)); then echo "$busy"; return; fi
	done
}


# --- one app on a fresh data dir, for the scripts that time requests one at a time
# (geojson.sh, ecosystem-calendar.sh, wiki-history.sh, discussion.sh). They set JAVA, JAR,
# JAVA_OPTS, APP_PORT, WORK, RUNS and WARMUP_RUNS, and call `trap stop_app EXIT INT TERM`.
APP_PID=""

# Stops the app and removes the work dir (kept with KEEP_TMP=1).
stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
	if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi
}

# start_app <seconds> <app arguments...>: starts the jar in $WORK/app (log: app.log) and waits at
# most that long until it is ready.
start_app() {
	local seconds=$1 i
	shift
	mkdir -p "$WORK/app"
	# shellcheck disable=SC2086
	(cd "$WORK/app" && exec "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" --management.endpoint.health.probes.enabled=true \
		"$@" >app.log 2>&1) &
	APP_PID=$!
	for i in $(seq $((seconds * 10))); do
		[[ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "http://127.0.0.1:$APP_PORT/actuator/health/readiness" || true)" == 200 ]] && return
		kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $WORK/app/app.log" >&2; KEEP_TMP=1; exit 1; }
		sleep 0.1
	done
	echo "app not ready after $seconds s, see $WORK/app/app.log" >&2
	KEEP_TMP=1
	exit 1
}

# timed <url> [curl options...]: median, p95 and max of RUNS requests after WARMUP_RUNS, and the size.
timed() {
	local url=$1 i
	shift
	for i in $(seq "$WARMUP_RUNS"); do curl -s -o /dev/null "$@" "$url"; done
	for i in $(seq "$RUNS"); do curl -s -o /dev/null -w '%{time_total} %{size_download}\n' "$@" "$url"; done |
		sort -n | awk '{ t[NR] = $1 * 1000; s = $2 } END { printf "median %.1f ms, p95 %.1f ms, max %.1f ms, %.1f kB", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR], s / 1000 }'
}
