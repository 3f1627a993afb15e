#!/usr/bin/env bash
# Load harness (not part of CI). Publishes Release builds, then measures, one server at a time on 127.0.0.1 with
# wrk -t1 -c32: a bare ASP.NET Core baseline (tests/load/Baseline) and the sandbox in its default configuration
# (request log on, one line per request, written to a file as docker's log driver would take it; virtual clock,
# tests/load/load-scenario.json):
#   (a) GET /orders/{id} of a real order           (b) prepare -> accept -> get, as flows/s
#   (c) GET /orders?status=success&limit=20 with 1 000 000 orders seeded through POST /_sandbox/orders/seed
# then process start times alternating sandbox and baseline (wall and CPU time to the first healthy answer) and
# in-process fixture start times (tests/load/StartupProbe, 20 starts each). Prints a Markdown
# table and writes it to tests/load/results/latest.md (docs/performance.md quotes it).
#
# Usage: tests/load/run.sh    LOAD_DURATION=5 (s per round), LOAD_ROUNDS=5, LOAD_WARMUP=15, LOAD_STARTS=20,
#                             LOAD_SANDBOX_ENV='DOTNET_gcServer=0' (extra environment for the sandbox, for experiments)
# Exits 1 when any target in the table is missed (its "met" column says **no**).
set -euo pipefail
source "$(dirname "$0")/common.sh"
duration=${LOAD_DURATION:-5}
# 15 s: under load the sandbox's tiered JIT recompiles hot code for about 10 s (a perf profile 4-9 s in showed the JIT
# at 7-10 % of its CPU, and none after 15 s); measuring before that settles measures the JIT, not the server.
warmup=${LOAD_WARMUP:-15}
# 5 rounds: on the shared machine another tenant's burst can take a whole 5 s round, and with 3 rounds one such round
# moved the median by up to 10 % (four runs of one build gave 0.87x-1.03x on GET).
rounds=${LOAD_ROUNDS:-5}
starts=${LOAD_STARTS:-20}
baseline_port=$(free_port)
sandbox_port=$(free_port)
list_port=$(free_port)
cd "$root"

ensure_wrk
publish_sandbox
say "publish the baseline and build the start-time probe (Release)"
dotnet publish tests/load/Baseline/Baseline.csproj -c Release -o "$out/baseline" -nologo -v q >&2
dotnet build tests/load/StartupProbe/StartupProbe.csproj -c Release -o "$out/probe" -nologo -v q >&2

# wrk_run script url key seconds -> the RESULT line's key=value pairs
wrk_run() {
  local script=$1 url=$2 key=$3 seconds=$4
  LOAD_API_KEY=$key wrk -t1 -c$connections -d"${seconds}s" --timeout 5s -s "$lua/$script" "$url" | grep '^RESULT ' | cut -d' ' -f2-
}

declare -A m    # results: m[server.test.field] (medians over the rounds)
declare -A runs # every round's values, space-separated

# compare test baseline_url sandbox_server sandbox_url script key: warm both up, then alternate rounds so that
# both servers meet the same background load; the table shows each server's median round.
compare() {
  local test=$1 burl=$2 sserver=$3 surl=$4 script=$5 key=$6 line server url k f v
  say "$test: warm-up ${warmup}s each, then $rounds alternating rounds of ${duration}s"
  wrk_run "$script" "$burl" none "$warmup" >/dev/null
  wrk_run "$script" "$surl" "$key" "$warmup" >/dev/null
  for round in $(seq 1 "$rounds"); do
    for server in baseline sandbox; do
      if [ $server = baseline ]; then url=$burl; k=none; else url=$surl; k=$key; fi
      line=$(wrk_run "$script" "$url" "$k" "$duration")
      echo "   round $round $server: $line" >&2
      for f in rps p50_us p99_us flows_per_s; do runs[$server.$test.$f]+=" $(field "$line" $f)"; done
      for f in socket_errors non2xx flow_failures; do v=$(field "$line" $f); errors=$((errors + ${v:-0})); done
    done
  done
  for server in baseline sandbox; do
    for f in rps p50_us p99_us flows_per_s; do m[$server.$test.$f]=$(median <<<"${runs[$server.$test.$f]:-0}"); done
  done
  m[baseline.$test.rss]=$(rss_mb baseline)
  m[sandbox.$test.rss]=$(rss_mb "$sserver")
}

reads_key=lb2b_10000000000000000000000000000001
flows_key=lb2b_20000000000000000000000000000002
list_key=lb2b_30000000000000000000000000000003
load_avg=$(cut -d' ' -f1-3 /proc/loadavg)
errors=0

# --- servers: the baseline, the sandbox for (a) and (b), and a second sandbox holding 1 000 000 orders for (c)
say "starting the baseline and two sandboxes (default configuration: request log on; virtual clock, tests/load/load-scenario.json)"
start_server baseline $baseline_port "$out/baseline" env ASPNETCORE_URLS=http://127.0.0.1:$baseline_port dotnet Baseline.dll
start_sandbox sandbox $sandbox_port
start_sandbox sandbox-list $list_port
b=http://127.0.0.1:$baseline_port
s=http://127.0.0.1:$sandbox_port
l=http://127.0.0.1:$list_port

order_id=$(real_order "$s" $reads_key)

m[sandbox.idle.rss]=$(rss_mb sandbox-list)
list_company=$(company_id "$l" "Load List")
say "seeding 1 000 000 orders through POST /_sandbox/orders/seed (statuses success, success, success, failed in turn)"
seed_started=$(date +%s%N)
seed_orders "$l" "$list_company" 1000000
m[sandbox.seed.ms]=$(( ($(date +%s%N) - seed_started) / 1000000 ))
m[sandbox.seed.rss]=$(rss_mb sandbox-list)

compare get "$b/orders/7c9e6679-7425-40de-944b-e07fc1f90ae7" sandbox "$s/orders/$order_id" get.lua $reads_key
compare flow "$b/" sandbox "$s/" flow.lua $flows_key
compare list "$b/orders?status=success&limit=20" sandbox-list "$l/orders?status=success&limit=20" get.lua $list_key
say "list, deep page (offset=749980)"
deep=$(wrk_run get.lua "$l/orders?status=success&limit=20&offset=749980" $list_key "$duration")
echo "   $deep" >&2
m[sandbox.deep.p99_us]=$(field "$deep" p99_us)
m[sandbox.deep.rps]=$(field "$deep" rps)
m[sandbox.list.rss_after]=$(rss_mb sandbox-list)
stop_servers

# --- start times ------------------------------------------------------------------------------------
say "start times ($starts process starts each of the sandbox and the baseline, alternating; $starts in-process starts)"
probe=$(dotnet "$out/probe/StartupProbe.dll" "$out/sandbox" "$starts" "$out/baseline" 2>/dev/null | grep '^RESULT ' | cut -d' ' -f2-)
echo "   $probe" >&2

# --- table ------------------------------------------------------------------------------------------
ms() { awk -v us="$1" 'BEGIN { printf "%.2f ms", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }
ok() { if awk "BEGIN { exit !($1) }"; then echo "yes"; else echo "**no**"; fi; }

a_ratio=$(awk -v a="${m[sandbox.get.rps]}" -v b="${m[baseline.get.rps]}" 'BEGIN { print a / b }')
start_median=$(field "$probe" process_median_ms)
inproc_median=$(field "$probe" inproc_median_ms)

{
  echo "Lumo.Sandbox load run, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, load average at start $load_avg."
  echo "wrk -t1 -c$connections on 127.0.0.1, one server at a time: after ${warmup}s of warm-up each, $rounds rounds of ${duration}s alternating baseline and sandbox; each figure is the server's median round. Errors (socket, non-2xx, failed flows): $errors."
  echo
  echo "| test | server | req/s | p50 | p99 | RSS | vs baseline | target | met |"
  echo "|---|---|---:|---:|---:|---:|---:|---|---|"
  for t in get flow list; do
    case $t in
      get) label="(a) GET /orders/{id}, request log on"; target="≥ 0.90× baseline, p99 ≤ 3 ms"
           met=$(ok "$a_ratio >= 0.9 && ${m[sandbox.get.p99_us]} <= 3000") ;;
      flow) label="(b) prepare → accept → get"; target="≥ 5 000 flows/s"
           met=$(ok "${m[sandbox.flow.flows_per_s]} >= 5000") ;;
      list) label="(c) GET /orders?status=success&limit=20, 1 000 000 orders"; target="p99 ≤ 5 ms"
           met=$(ok "${m[sandbox.list.p99_us]} <= 5000") ;;
    esac
    extra=""; [ "$t" = flow ] && extra=" ($(num "${m[baseline.flow.flows_per_s]}") flows/s)"
    echo "| $label | baseline | $(num "${m[baseline.$t.rps]}")$extra | $(ms "${m[baseline.$t.p50_us]}") | $(ms "${m[baseline.$t.p99_us]}") | ${m[baseline.$t.rss]} MB | 1.00× | | |"
    extra=""; [ "$t" = flow ] && extra=" ($(num "${m[sandbox.flow.flows_per_s]}") flows/s)"
    echo "| $label | sandbox | $(num "${m[sandbox.$t.rps]}")$extra | $(ms "${m[sandbox.$t.p50_us]}") | $(ms "${m[sandbox.$t.p99_us]}") | ${m[sandbox.$t.rss]} MB | $(ratio "${m[sandbox.$t.rps]}" "${m[baseline.$t.rps]}") | $target | $met |"
  done
  echo "| (c) same, offset=749980 (deep page) | sandbox | $(num "${m[sandbox.deep.rps]}") | | $(ms "${m[sandbox.deep.p99_us]}") | | | p99 ≤ 5 ms | $(ok "${m[sandbox.deep.p99_us]} <= 5000") |"
  echo "| RSS with 1 000 000 orders (idle before seeding: ${m[sandbox.idle.rss]} MB; seeding took ${m[sandbox.seed.ms]} ms; after the list runs: ${m[sandbox.list.rss_after]} MB) | sandbox | | | | ${m[sandbox.seed.rss]} MB | | ≤ 1 536 MB | $(ok "${m[sandbox.list.rss_after]} <= 1536") |"
  echo "| process start → first healthy answer, median of $starts (baseline: $(field "$probe" bare_median_ms) ms) | sandbox | | | | | $(field "$probe" start_ratio_median)× | ≤ 1.30× baseline | $start_median ms: $(ok "$(field "$probe" start_ratio_median) <= 1.3") |"
  echo "| CPU time to the first healthy answer, median (baseline: $(field "$probe" bare_cpu_median_ms) ms) | sandbox | | | | | $(field "$probe" cpu_ratio)× | | $(field "$probe" process_cpu_median_ms) ms |"
  echo "| in-process fixture start, median of $starts (first: $(field "$probe" inproc_first_ms) ms) | sandbox | | | | | | ≤ 100 ms | $inproc_median ms: $(ok "$inproc_median <= 100") |"
  echo
  echo "Rounds (req/s), to show the noise: $(for t in get flow list; do printf '%s baseline%s, sandbox%s; ' "$t" "${runs[baseline.$t.rps]}" "${runs[sandbox.$t.rps]}"; done)"
  echo "Start: $probe."
} >"$results/latest.md"

say "results (tests/load/results/latest.md)"
cat "$results/latest.md"

# A missed target fails the run (the table above says which), so a script or CI step cannot mistake it for a pass.
if grep -q '\*\*no\*\*' "$results/latest.md"; then
  say "a target was missed (marked **no** above)"
  exit 1
fi
