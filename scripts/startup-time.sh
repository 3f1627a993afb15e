#!/usr/bin/env bash
# Start-up time of a published server: from process start to the first healthy answer of GET /_sandbox/health.
# Usage: scripts/startup-time.sh PUBLISH_DIR [RUNS=15]   (prints every run, then min / median / max in ms)
set -euo pipefail
dir=${1:?usage: $0 PUBLISH_DIR [RUNS]}
runs=${2:-15}
port=18099
times=()
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  ( cd "$dir" && LUMO_SANDBOX_PORT=$port LUMO_SANDBOX_REQUEST_LOG=warning exec dotnet Lumo.Sandbox.dll ) >/dev/null 2>&1 &
  server=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/_sandbox/health"; do
    kill -0 "$server" 2>/dev/null || { echo "server exited" >&2; exit 1; }
    sleep 0.005
  done
  end=$(date +%s%N)
  kill -TERM "$server"; wait "$server" || true
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $run: $ms ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 )); then median=${sorted[n/2]}; else median=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
echo "runs=$n min=${sorted[0]} median=$median max=${sorted[n-1]} (ms, process start to first healthy response)"
