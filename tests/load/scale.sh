#!/usr/bin/env bash
# Scale: how many tenants × orders one sandbox holds here. For each shape, a fresh published sandbox
# (virtual clock), tenants made through POST /_sandbox/companies and orders through POST /_sandbox/orders/seed
# (curl with keep-alive), then: RSS, how long the tenants and orders took, and one tenant's
# GET /orders?status=success&limit=20 under wrk -t1 -c32 (p50, p99). Writes tests/load/results/scale.md.
#
# Usage: tests/load/scale.sh ["TENANTSxORDERS ..."]   default: "1x1000000 100x10000 1000x1000 10000x100 3x1000000"
set -euo pipefail
source "$(dirname "$0")/common.sh"
shapes=${1:-"1x1000000 100x10000 1000x1000 10000x100 3x1000000"}
port=$(free_port)
seconds=${SCALE_SECONDS:-5}
cd "$root"

ensure_wrk
publish_sandbox
{
  echo "One sandbox process per row, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); list latency: wrk -t1 -c$connections, ${seconds}s, one tenant."
  echo
  echo "| tenants × orders each | orders | RSS | per order (tenants included) | tenants made in | orders seeded in | list req/s | list p50 | list p99 |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$results/scale.md"

for shape in $shapes; do
  tenants=${shape%x*}
  each=${shape#*x}
  say "$tenants tenants × $each orders"
  start_sandbox scale $port
  s=http://127.0.0.1:$port
  idle=$(rss_mb scale)

  # One curl process, one keep-alive connection, one request per tenant.
  config=$out/scale-curl.txt
  : >"$config"
  for _ in $(seq 1 "$tenants"); do
    printf 'url = "%s/_sandbox/companies"\nrequest = "POST"\nheader = "Content-Type: application/json"\ndata = "{\\"usdtBalance\\":100000000}"\nwrite-out = "\\n"\nnext\n' "$s" >>"$config"
  done
  sed -i '$ d' "$config" # no "next" after the last request
  started=$(date +%s%N)
  curl -fsS -K "$config" >"$out/scale-tenants.json"
  made_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  grep -o '^{"id":"[^"]*"' "$out/scale-tenants.json" | cut -d'"' -f4 >"$out/scale-ids.txt"
  key=$(grep -m 1 -o '"apiKey":"[^"]*"' "$out/scale-tenants.json" | head -n 1 | cut -d'"' -f4)
  [ "$(wc -l <"$out/scale-ids.txt")" -eq "$tenants" ] || { echo "made $(wc -l <"$out/scale-ids.txt") of $tenants tenants" >&2; exit 1; }

  : >"$config"
  while read -r id; do
    printf 'url = "%s/_sandbox/orders/seed"\nrequest = "POST"\nheader = "Content-Type: application/json"\ndata = "{\\"companyId\\":\\"%s\\",\\"count\\":%s,\\"statuses\\":[\\"success\\",\\"success\\",\\"success\\",\\"failed\\"]}"\noutput = "/dev/null"\nnext\n' "$s" "$id" "$each" >>"$config"
  done <"$out/scale-ids.txt"
  sed -i '$ d' "$config"
  started=$(date +%s%N)
  curl -fsS -K "$config"
  seeded_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  rss=$(rss_mb scale)

  LOAD_API_KEY=$key wrk -t1 -c"$connections" -d1s -s "$lua/get.lua" "$s/orders?status=success&limit=20" >/dev/null
  line=$(LOAD_API_KEY=$key wrk -t1 -c"$connections" -d"${seconds}s" -s "$lua/get.lua" "$s/orders?status=success&limit=20" | grep '^RESULT ' | cut -d' ' -f2-)
  echo "   RSS $rss MB (idle $idle MB); tenants in $made_ms ms, orders in $seeded_ms ms; $line" >&2
  per_order=$(awk -v r="$rss" -v i="$idle" -v n=$((tenants * each)) 'BEGIN { printf "%.0f B", (r - i) * 1048576 / n }')
  echo "| $(num "$tenants") × $(num "$each") | $(num $((tenants * each))) | $rss MB | $per_order | $(num "$made_ms") ms | $(num "$seeded_ms") ms | $(num "$(field "$line" rps)") | $(awk -v u="$(field "$line" p50_us)" 'BEGIN { printf "%.2f ms", u / 1000 }') | $(awk -v u="$(field "$line" p99_us)" 'BEGIN { printf "%.2f ms", u / 1000 }') |" >>"$results/scale.md"
  stop_servers
done

say "results (tests/load/results/scale.md)"
cat "$results/scale.md"
