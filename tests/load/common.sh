# Shared by run.sh, soak.sh and scale.sh (sourced, not run): paths, tools, the published sandbox, server control.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$root/artifacts/load
results=$root/tests/load/results
lua=$root/tests/load/lua
connections=${LOAD_CONNECTIONS:-32}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$out" "$results"

# A TCP port nothing listens on now (the machine is shared: never a fixed port).
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

say() { printf '\n== %s\n' "$*" >&2; }

ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    say "installing wrk"
    local sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y -qq wrk >/dev/null
  fi
  command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
}

# The sandbox published exactly as the Dockerfile publishes it (ReadyToRun and all), into $out/sandbox.
# Its restore and publish lines run as they are, with TARGETARCH as Docker sets it for this machine.
publish_sandbox() {
  say "publish the sandbox as the Dockerfile does (Release)"
  local line cmd verb TARGETARCH
  case "$(uname -m)" in x86_64) TARGETARCH=amd64 ;; aarch64 | arm64) TARGETARCH=arm64 ;; *) echo "no TARGETARCH for $(uname -m)" >&2; exit 1 ;; esac
  for verb in restore publish; do
    line=$(grep -m 1 -E "^RUN dotnet $verb " "$root/Dockerfile")
    cmd=${line#RUN }
    cmd=${cmd//\/app\/publish/$out/sandbox}
    (cd "$root" && eval "$cmd" -nologo -v q >&2)
  done
}

# Servers this script started, by name; only these are ever stopped.
declare -A pids
stop_servers() {
  for name in "${!pids[@]}"; do
    kill -TERM "${pids[$name]}" 2>/dev/null || true
    wait "${pids[$name]}" 2>/dev/null || true
    unset "pids[$name]"
  done
}
trap stop_servers EXIT

start_server() { # name port dir command...
  local name=$1 port=$2 dir=$3; shift 3
  ( cd "$dir" && exec "$@" ) >"$out/$name.log" 2>&1 &
  pids[$name]=$!
  for _ in $(seq 1 200); do
    if curl -fsS "http://127.0.0.1:$port/_sandbox/health" >/dev/null 2>&1; then return 0; fi
    sleep 0.05
  done
  cat "$out/$name.log" >&2
  echo "$name did not become healthy" >&2
  exit 1
}

# The published sandbox as the load runs use it: the load scenario, the default request log (one line per request,
# into $out/<name>.log; LOAD_REQUEST_LOG=warning turns it down), virtual clock unless said otherwise.
# LOAD_SANDBOX_ENV adds environment variables (experiments: LOAD_SANDBOX_ENV='DOTNET_gcServer=1').
start_sandbox() { # name port [clock]
  # shellcheck disable=SC2086 # LOAD_SANDBOX_ENV is a list of NAME=value words
  start_server "$1" "$2" "$out/sandbox" env LUMO_SANDBOX_REQUEST_LOG="${LOAD_REQUEST_LOG:-information}" ${LOAD_SANDBOX_ENV:-} dotnet Lumo.Sandbox.dll \
    --clock "${3:-virtual}" --scenario "$root/tests/load/load-scenario.json" --port "$2"
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/${pids[$1]}/status"; }

field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }

median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

num() { awk -v n="$1" 'BEGIN { s = sprintf("%.0f", n); r = ""; while (length(s) > 3) { r = " " substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }; print s r }'; }

company_id() { # base-url company-name
  curl -fsS "$1/_sandbox/companies" | grep -o "\"id\":\"[^\"]*\",\"name\":\"$2\"" | cut -d'"' -f4
}

# A real order (prepared and accepted through the API) for the company with this key; prints its id.
real_order() { # base-url key
  local quote id
  quote=$(curl -fsS -X POST "$1/orders/prepare" -H "X-API-Key: $2" -H 'Content-Type: application/json' \
    -d '{"qrCode":"https://qr.nspk.ru/AS10003P3RCT8NTGH6LR6D3P815L3SHK?type=02&bank=100000000001&sum=500000&cur=RUB&crc=F4AB","externalOrderId":"load-read"}')
  id=$(grep -m 1 -o '"id":"[^"]*"' <<<"$quote" | head -n 1 | cut -d'"' -f4)
  curl -fsS -X POST "$1/orders/accept/$id" -H "X-API-Key: $2" >/dev/null
  echo "$id"
}

seed_orders() { # base-url company-id count
  curl -fsS -X POST "$1/_sandbox/orders/seed" -H 'Content-Type: application/json' \
    -d "{\"companyId\":\"$2\",\"count\":$3,\"statuses\":[\"success\",\"success\",\"success\",\"failed\"]}" >/dev/null
}
