#!/usr/bin/env bash
# Home page throughput: the app (H2, demo data, fresh data dir) against nginx serving the same
# bytes, both measured with wrk on loopback. wrk shares the 2 cores with the server under test.
#
#   bench/home-vs-nginx.sh
#   WARMUP=60 DURATION=30 CONNECTIONS=64 bench/home-vs-nginx.sh
#   PAGE=/e/coop-group APP_ARGS=--club.generate.groups=2000 TARGET=0.5 bench/home-vs-nginx.sh
#
# Any other public page can be measured the same way: PAGE is its address (with its query),
# APP_ARGS are extra arguments of the application (e.g. a generated directory), TARGET the ratio
# to reach (0.4 for the home page, 0.5 for the directory's public pages).
#
# Steps: start the app on APP_PORT; save GET / to page.html; start nginx (Debian package) in the
# foreground on NGINX_PORT with a config generated in a temp dir (worker_processes auto,
# access_log off, page.html served as / with Content-Type text/html;charset=UTF-8, keepalive
# defaults); warm the app up with wrk for WARMUP s; then wrk --latency for DURATION s against
# the app, then nginx (after NGINX_WARMUP s of its own warm-up); print req/s, p99 and the ratio.
#
# DATABASE=postgresql runs the app on a fresh PostgreSQL database instead (PG_DATABASE, club_bench
# by default, dropped and created again on PG_HOST 127.0.0.1 as PG_USER postgres), demo data included.
#
# Env: PAGE (/), APP_ARGS (none), DATABASE (h2), TARGET (0.4), WARMUP (45, at least 40 recommended), DURATION (30), CONNECTIONS (64), THREADS (2),
# NGINX_WARMUP (5), APP_PORT (18080), NGINX_PORT (18081), JAVA_OPTS (extra JVM flags),
# MAX_OTHERS (10: a measurement during which other processes took more than this % of the
# machine's CPU is shown, discarded and redone, at most RETRIES (3) times; 100 keeps the first),
# APP_JAR (defaults to target/club-0.1.0-SNAPSHOT.jar), QUIET_MAX (120 s to wait for an idle
# machine before starting), QUIET_BELOW (20, % of CPU busy), KEEP_TMP=1 keeps the work dir.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
WARMUP="${WARMUP:-45}"
DURATION="${DURATION:-30}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
NGINX_WARMUP="${NGINX_WARMUP:-5}"
APP_PORT="${APP_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
JAVA_OPTS="${JAVA_OPTS:-}"
QUIET_MAX="${QUIET_MAX:-120}"
QUIET_BELOW="${QUIET_BELOW:-20}"
MAX_OTHERS="${MAX_OTHERS:-10}"
RETRIES="${RETRIES:-3}"
JAR="${APP_JAR:-$ROOT/target/club-0.1.0-SNAPSHOT.jar}"
PAGE="${PAGE:-/}"
APP_ARGS="${APP_ARGS:-}"
TARGET="${TARGET:-0.4}"
APP_BASE="http://127.0.0.1:$APP_PORT"
APP_URL="$APP_BASE$PAGE"
NGINX_URL="http://127.0.0.1:$NGINX_PORT/"

[[ -x "$JAVA" ]] || { echo "JDK 25 not found at $JAVA_HOME (set JAVA_HOME_25)" >&2; exit 1; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[[ -x /usr/sbin/nginx ]] || command -v nginx >/dev/null || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
if ((${#missing[@]})); then
	echo "installing ${missing[*]} (Debian packages)..." >&2
	apt-get update -q >/dev/null
	apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[[ -f "$JAR" ]] || (cd "$ROOT" && ./mvnw -q -DskipTests package)

WORK="$(mktemp -d /tmp/club-home-bench.XXXXXX)"
APP_PID="" NGINX_PID=""
cleanup() {
	local pid
	for pid in "$APP_PID" "$NGINX_PID"; do
		if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
			kill "$pid" 2>/dev/null || true
			for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
			kill -9 "$pid" 2>/dev/null || true
			wait "$pid" 2>/dev/null || true
		fi
	done
	if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

# shellcheck source=bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$APP_PORT" "$NGINX_PORT"; do port_free "$p" || { echo "port $p is busy" >&2; exit 1; }; done

BUSY_BEFORE="$(wait_quiet)"

# --- the app, fresh database with demo data; waits until ready (demo data loaded by then)
mkdir -p "$WORK/app"
DATABASE="${DATABASE:-h2}"
if [[ "$DATABASE" == postgresql ]]; then
	PG_HOST="${PG_HOST:-127.0.0.1}" PG_USER="${PG_USER:-postgres}" PG_DATABASE="${PG_DATABASE:-club_bench}"
	psql -q -h "$PG_HOST" -U "$PG_USER" -d postgres -c "drop database if exists $PG_DATABASE" -c "create database $PG_DATABASE" >/dev/null
	export CLUB_DB_URL="jdbc:postgresql://$PG_HOST:5432/$PG_DATABASE" CLUB_DB_USER="$PG_USER"
	APP_ARGS="--spring.profiles.active=postgres --club.demo=true $APP_ARGS"
	DATABASE_LINE="fresh PostgreSQL database $PG_DATABASE, $(psql -h "$PG_HOST" -U "$PG_USER" -d postgres -Atc 'show server_version'), demo data loaded"
else
	DATABASE_LINE="fresh H2 data dir, demo data loaded"
fi
# shellcheck disable=SC2086
(cd "$WORK/app" && exec "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" \
	--management.endpoint.health.probes.enabled=true $APP_ARGS >app.log 2>&1) &
APP_PID=$!
for i in $(seq 1200); do
	[[ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$APP_BASE/actuator/health/readiness" || true)" == 200 ]] \
		&& [[ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$APP_URL" || true)" == 200 ]] && break
	kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $WORK/app/app.log" >&2; KEEP_TMP=1; exit 1; }
	((i < 1200)) || { echo "app not ready after 120 s, see $WORK/app/app.log" >&2; KEEP_TMP=1; exit 1; }
	sleep 0.1
done

# --- the same bytes served by nginx
mkdir -p "$WORK/www" "$WORK/nginx"
curl -s "$APP_URL" >"$WORK/www/page.html"
APP_TYPE="$(curl -s -o /dev/null -w '%{content_type}' "$APP_URL")"
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$WORK/www/page.html"
user_line=""
[[ "$(id -u)" == 0 ]] && user_line="user nobody nogroup;"
cat >"$WORK/nginx/nginx.conf" <<CONF
$user_line
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/client_body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        types { }
        default_type "$APP_TYPE";
        location = / { try_files /page.html =404; }
    }
}
CONF
"$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
for i in $(seq 100); do
	[[ "$(curl -s -o /dev/null --max-time 1 -w '%{http_code}' "$NGINX_URL" || true)" == 200 ]] && break
	if ! kill -0 "$NGINX_PID" 2>/dev/null || ((i == 100)); then
		echo "nginx not up, see $WORK/nginx/error.log" >&2; KEEP_TMP=1; exit 1
	fi
	sleep 0.1
done
cmp -s "$WORK/www/page.html" <(curl -s "$NGINX_URL") || { echo "nginx does not serve the same bytes" >&2; exit 1; }
[[ "$(curl -s -o /dev/null -w '%{content_type}' "$NGINX_URL")" == "$APP_TYPE" ]] || { echo "content types differ" >&2; exit 1; }
if curl -s -D - -o /dev/null "$APP_URL" | grep -qi '^set-cookie'; then echo "note: the app sets a cookie on GET /" >&2; fi

resp_bytes() { curl -s -D - -o /dev/null "$1" | wc -c | awk -v b="$(curl -s "$1" | wc -c)" '{print $1 + b}'; }

# parse_wrk <file>: prints "<req/s> <p99 in ms> <errors>"
parse_wrk() {
	awk '
		/Requests\/sec:/ { rps = $2 }
		/^ +99%/ { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
			p99 = (u == "us") ? v / 1000 : (u == "ms") ? v : (u == "s") ? v * 1000 : (u == "m") ? v * 60000 : v }
		/Socket errors:/ { gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) err += $i }
		/Non-2xx or 3xx responses:/ { err += $NF }
		END { printf "%s %.2f %d\n", rps, p99, err }' "$1"
}

WRK=(wrk -t"$THREADS" -c"$CONNECTIONS")
OTHERS_app=0 OTHERS_nginx=0
echo "== $PAGE: app vs nginx, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores (wrk, app and nginx share them)"
"$JAVA" -version 2>&1 | sed -n 2p
echo "$("$NGINX" -v 2>&1), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "app:   java ${JAVA_OPTS:+$JAVA_OPTS }-jar $JAR --server.port=$APP_PORT --management.endpoint.health.probes.enabled=true${APP_ARGS:+ $APP_ARGS}"
echo "       ($DATABASE_LINE)"
echo "page:  $(wc -c <"$WORK/www/page.html") bytes of body, $APP_TYPE; full response app $(resp_bytes "$APP_URL") B, nginx $(resp_bytes "$NGINX_URL") B"
echo "load:  ${WRK[*]} --latency -d${DURATION}s, after a ${WARMUP}s warm-up of the app at the same connections"
echo "machine ${BUSY_BEFORE}% busy just before the app started; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

server_jiffies() { # app + nginx master and workers
	local t=0 pid
	for pid in "$APP_PID" "$NGINX_PID" $(pgrep -P "$NGINX_PID" || true); do t=$((t + $(pid_jiffies "$pid"))); done
	echo "$t"
}
# run_wrk <name> <url> <seconds> [--latency]: wrk output in $WORK/<name>.wrk, and a line telling
# how the machine's CPU time was shared while it ran: server (app+nginx), wrk, other processes.
run_wrk() {
	local name=$1 url=$2 secs=$3 m0 m1 s0 s1 c0 c1
	shift 3
	read -r -a m0 < <(machine_jiffies); s0=$(server_jiffies); children_jiffies; c0=$CJ
	"${WRK[@]}" -d"${secs}s" "$@" "$url" >"$WORK/$name.wrk"
	read -r -a m1 < <(machine_jiffies); s1=$(server_jiffies); children_jiffies; c1=$CJ
	local total=$((m1[1] - m0[1])) busy=$((m1[0] - m0[0])) srv=$((s1 - s0)) w=$((c1 - c0))
	local others=$((busy - srv - w))
	((others >= 0)) || others=0
	((total > 0)) || total=1
	CPU_LINE="CPU of the 2 cores: server $((100 * srv / total))%, wrk $((100 * w / total))%, other processes $((100 * others / total))%"
	printf -v "OTHERS_$name" '%d' $((100 * others / total))
}

echo "-- warm-up of the app, ${WARMUP}s"
run_wrk warmup "$APP_URL" "$WARMUP"
grep -E 'Requests/sec|Non-2xx|Socket errors' "$WORK/warmup.wrk" | sed 's/^/   /'
echo "   $CPU_LINE"
# measure <name> <url>: wrk --latency, redone while other processes took the CPU
measure() {
	local name=$1 url=$2 try o
	for try in $(seq 0 "$RETRIES"); do
		echo "-- $name, ${DURATION}s"
		run_wrk "$name" "$url" "$DURATION" --latency
		sed 's/^/   /' "$WORK/$name.wrk"
		echo "   $CPU_LINE"
		o="OTHERS_$name"
		((${!o} > MAX_OTHERS && try < RETRIES)) || break
		echo "   DISCARDED: other processes took ${!o}% of the CPU; waiting for a quiet machine and redoing it"
		wait_quiet >/dev/null
	done
}
measure app "$APP_URL"
if ((NGINX_WARMUP > 0)); then "${WRK[@]}" -d"${NGINX_WARMUP}s" "$NGINX_URL" >/dev/null; fi
measure nginx "$NGINX_URL"

read -r app_rps app_p99 app_err < <(parse_wrk "$WORK/app.wrk")
read -r ngx_rps ngx_p99 ngx_err < <(parse_wrk "$WORK/nginx.wrk")
ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.3f", (n > 0) ? a / n : 0 }')
echo
echo "== Summary for $PAGE (target: app/nginx req/s ratio >= $TARGET)"
printf '%-6s %12s %10s %8s %22s\n' "" "req/s" "p99 (ms)" "errors" "other processes' CPU"
printf '%-6s %12.0f %10.2f %8d %21d%%\n' app "$app_rps" "$app_p99" "$app_err" "$OTHERS_app" \
	nginx "$ngx_rps" "$ngx_p99" "$ngx_err" "$OTHERS_nginx"
for n in app nginx; do
	o="OTHERS_$n"
	if ((${!o} > MAX_OTHERS)); then echo "WARNING: other processes took ${!o}% of the CPU during the $n measurement; rerun on a quieter machine" >&2; fi
done
echo "ratio app/nginx: $ratio ($(awk -v r="$ratio" -v t="$TARGET" 'BEGIN { print (r >= t) ? "target met" : "target NOT met" }'))"
