#!/usr/bin/env bash
# The directory's public pages (issue 3) against nginx, on H2 and on PostgreSQL: a fresh
# database with the demo and 2,000 generated groups (the coop-group ecosystem then has more
# than 1,000), each page measured by bench/home-vs-nginx.sh, then one markdown table.
#
#   bench/directory-pages.sh
#   DATABASES=postgresql PAGES="/e/coop-group" bench/directory-pages.sh
#
# Env: DATABASES ("h2 postgresql"), PAGES (search, group page, ecosystem page, embed), GENERATED
# (2000), and everything bench/home-vs-nginx.sh reads (WARMUP, DURATION, CONNECTIONS…).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATABASES="${DATABASES:-h2 postgresql}"
PAGES="${PAGES:-/groups?q=energie /g/gen-100 /e/coop-group /e/coop-group/embed}"
GENERATED="${GENERATED:-2000}"
OUT="$(mktemp -d /tmp/club-directory-bench.XXXXXX)"
trap 'rm -rf "$OUT"' EXIT

rows=()
for database in $DATABASES; do
	for page in $PAGES; do
		log="$OUT/$database-$(echo "$page" | tr -c 'a-z0-9' '_').txt"
		DATABASE="$database" PAGE="$page" APP_ARGS="--club.generate.groups=$GENERATED ${APP_ARGS:-}" TARGET=0.5 \
			"$HERE/home-vs-nginx.sh" | tee "$log"
		body=$(awk '/^page:/ { print $2 }' "$log")
		read -r app_rps app_p99 < <(awk '$1 == "app" && NF == 5 { print $2, $3 }' "$log")
		read -r ngx_rps < <(awk '/^== Summary/ { s = 1 } s && $1 == "nginx" { print $2 }' "$log")
		ratio=$(awk '/^ratio app\/nginx:/ { print $3 }' "$log")
		rows+=("| $database | \`$page\` | $(awk -v b="$body" 'BEGIN { printf "%.1f kB", b / 1000 }') | $app_rps | $app_p99 ms | $ngx_rps | **$ratio** |")
	done
done

echo
echo "== directory pages, $(date -u '+%Y-%m-%d %H:%M UTC'), $GENERATED generated groups, $(nproc) cores, commit $(git -C "$HERE" rev-parse --short HEAD)"
echo "| database | page | body | app req/s | app p99 | nginx req/s | ratio |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
