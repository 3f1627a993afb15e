-- Shared by every load script: one machine-readable line at the end of a wrk run, which run.sh parses.
-- extra: a table of more key=value pairs (flows, errors counted by the script).
local report = {}

function report.line(summary, latency, extra)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local parts = {
    string.format("requests=%d", summary.requests),
    string.format("seconds=%.3f", seconds),
    string.format("rps=%.1f", summary.requests / seconds),
    string.format("p50_us=%d", latency:percentile(50)),
    string.format("p99_us=%d", latency:percentile(99)),
    string.format("max_us=%d", latency.max),
    string.format("socket_errors=%d", e.connect + e.read + e.write + e.timeout),
    string.format("non2xx=%d", e.status),
  }
  for k, v in pairs(extra or {}) do
    parts[#parts + 1] = string.format("%s=%s", k, tostring(v))
  end
  io.write("RESULT " .. table.concat(parts, " ") .. "\n")
end

return report
