#!/usr/bin/env bash
# The vitality benchmark (issue 7), two parts, both in test sources (club.vitality.simulation):
#   - detection: a seeded synthetic world (1,000 groups over 3 years, faults injected in half of
#     them) replayed day by day through the real engine; the nudges it would send scored against
#     the ground truth (detection rate, delay, share caught before the missed date, false nudges);
#   - speed, on PostgreSQL: the world's groups created and its ~1,000,000 events copied into
#     activity_event, then the full recomputation of every group timed, and a new event's update.
# Reports: target/bench/vitality-detection.md and target/bench/vitality-recomputation.md.
#
#   bench/vitality.sh                      # seed 42, 1,000 groups, PostgreSQL database club_bench
#   GROUPS_COUNT=200 SEED=7 bench/vitality.sh
#
# Env: GROUPS_COUNT (1000), SEED (42), BENCH_DB_URL (jdbc:postgresql://127.0.0.1:5432/club_bench,
# emptied first; never the CI's database "test"), PARTS (detection,recomputation).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GROUPS_COUNT="${GROUPS_COUNT:-1000}"
SEED="${SEED:-42}"
BENCH_DB_URL="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/club_bench}"
PARTS="${PARTS:-detection,recomputation}"
export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
case "$BENCH_DB_URL" in */test) echo "Refusing the CI's database: set BENCH_DB_URL to another one" >&2; exit 1 ;; esac

tests=()
[[ "$PARTS" == *detection* ]] && tests+=(VitalityDetectionBenchmark)
[[ "$PARTS" == *recomputation* ]] && tests+=(VitalityRecomputationBenchmark)
cd "$ROOT"
CLUB_TEST_DB_URL="$BENCH_DB_URL" ./mvnw -o -q test -Dclub.test.database=postgresql -Dclub.bench=vitality \
	-Dclub.bench.groups="$GROUPS_COUNT" -Dclub.bench.seed="$SEED" -Dtest="$(IFS=,; echo "${tests[*]}")" \
	-Dsurefire.failIfNoSpecifiedTests=false >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(date -u +%Y-%m-%dT%H:%MZ); commit $(git rev-parse --short HEAD)"
for part in detection recomputation; do
	[ -f "target/bench/vitality-$part.md" ] && [[ "$PARTS" == *$part* ]] && cat "target/bench/vitality-$part.md"
done
