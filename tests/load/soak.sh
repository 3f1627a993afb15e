#!/usr/bin/env bash
# Soak (not part of CI): SOAK_REQUESTS (default 2 000 000) requests of the mix in lua/soak.lua against one
# published sandbox: a full flow per 100 requests (prepare, accept with an Idempotency-Key, the replay, get), the
# rest reads, lists and journal reads, and the virtual clock moved an hour every 2 000 requests (so quotes expire,
# orders get paid, Idempotency-Keys are forgotten, as in a sandbox left running for weeks). Reads the server's RSS
# after SOAK_EARLY (default 200 000) requests and at the end, and requires every answer to be 2xx and the RSS at
# the end to be within 10 % of the early one. Appends its result to tests/load/results/soak.md.
#
# Usage: tests/load/soak.sh    SOAK_REQUESTS=2000000 SOAK_EARLY=200000 SOAK_FLOW_EVERY=100 (0: reads only)
#                              SOAK_ADVANCE_EVERY=2000 (requests per hour of sandbox time)
set -euo pipefail
source "$(dirname "$0")/common.sh"
LOAD_REQUEST_LOG=${LOAD_REQUEST_LOG:-warning} # millions of request lines are not what the soak measures
total=${SOAK_REQUESTS:-2000000}
early=${SOAK_EARLY:-200000}
port=$(free_port)
key=lb2b_20000000000000000000000000000002
cd "$root"

ensure_wrk
publish_sandbox
start_sandbox soak $port virtual
s=http://127.0.0.1:$port
order_id=$(real_order "$s" $key)
seed_orders "$s" "$(company_id "$s" "Load Flows")" 10000 # something for the status lists to page through
idle=$(rss_mb soak)

# soak_phase requests -> the RESULT line; wrk runs until the Lua script says it has had its answers.
soak_phase() {
  local marker=$out/soak.done wrk_pid line
  rm -f "$marker"
  LOAD_API_KEY=$key SOAK_ORDER_ID=$order_id SOAK_REQUESTS=$1 SOAK_DONE_FILE=$marker SOAK_FLOW_EVERY=${SOAK_FLOW_EVERY:-100} \
    wrk -t1 -c"$connections" -d1h --timeout 5s -s "$lua/soak.lua" "$s/" >"$out/soak-wrk.txt" &
  wrk_pid=$!
  until [ -f "$marker" ]; do
    kill -0 $wrk_pid 2>/dev/null || { cat "$out/soak-wrk.txt" >&2; echo "wrk stopped early" >&2; exit 1; }
    sleep 0.2
  done
  kill -INT $wrk_pid
  wait $wrk_pid || true
  grep '^RESULT ' "$out/soak-wrk.txt" | cut -d' ' -f2-
}

say "soak: $early requests, then $((total - early)) more (connections: $connections)"
first=$(soak_phase "$early")
echo "   $first" >&2
rss_early=$(rss_mb soak)
second=$(soak_phase $((total - early)))
echo "   $second" >&2
rss_end=$(rss_mb soak)
orders=$(curl -fsS "$s/orders?limit=1" -H "X-API-Key: $key" | grep -o '"total":[0-9]*' | cut -d: -f2)
advances=$(( $(field "$first" clock_advances) + $(field "$second" clock_advances) ))

answered=$(( $(field "$first" answered) + $(field "$second" answered) ))
errors=$(( $(field "$first" failures) + $(field "$second" failures) + $(field "$first" socket_errors) + $(field "$second" socket_errors) ))
growth=$(awk -v a="$rss_early" -v b="$rss_end" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
flat=$(awk -v g="$growth" 'BEGIN { print (g <= 10 && g >= -10) ? "yes" : "**no**" }')
clean=$([ "$errors" -eq 0 ] && echo yes || echo "**no**")
line="| $(date -u +%Y-%m-%dT%H:%MZ) | $(git rev-parse --short HEAD 2>/dev/null || echo '?') | $(num "$answered") (early: $(num "$early")) | $errors ($clean) | $(num "$(field "$second" rps)") | $((idle)) MB | $rss_early MB | $rss_end MB | $growth % ($flat) | $(num "$orders") | $advances h | ${SOAK_FLOW_EVERY:-100} |"
if [ ! -f "$results/soak.md" ]; then
  {
    echo "| run | commit | answers | errors (0?) | req/s | RSS idle | RSS early | RSS at the end | growth (≤ 10 %?) | orders held at the end | sandbox time passed | requests per new order |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  } >"$results/soak.md"
fi
echo "$line" >>"$results/soak.md"
say "soak result (appended to tests/load/results/soak.md)"
head -n 2 "$results/soak.md"
echo "$line"
[ "$errors" -eq 0 ] && [ "$flat" = yes ]
