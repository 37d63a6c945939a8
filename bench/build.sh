#!/usr/bin/env bash
# Builds target/club-0.1.0-SNAPSHOT.jar once (skipped when it already exists; FORCE=1 rebuilds;
# MVN_ARGS=-o builds offline).
# Works from any clone: the repository root is found from this script's own path.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAR="$ROOT/target/club-0.1.0-SNAPSHOT.jar"

if [[ ! -x "$JAVA_HOME/bin/java" ]]; then
	echo "JDK 25 not found at $JAVA_HOME (set JAVA_HOME_25)" >&2
	exit 1
fi
if [[ -f "$JAR" && "${FORCE:-0}" != 1 ]]; then
	echo "$JAR already built (FORCE=1 to rebuild)" >&2
else
	# shellcheck disable=SC2086 # MVN_ARGS may hold several options, e.g. "-o"
	(cd "$ROOT" && ./mvnw -q ${MVN_ARGS:-} -DskipTests package)
fi
echo "$JAR"
