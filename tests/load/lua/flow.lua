-- (b) The full flow as a client runs it: prepare a quote, accept it, get the order. Each connection's next
-- request is the next step of some flow in progress (a quote waiting to be accepted, an order waiting to be
-- read) or, when none waits, a new prepare. A flow counts when its GET answers 200.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local report = require("report")

local key = os.getenv("LOAD_API_KEY")
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

local toAccept, toGet = {}, {}
-- Globals, so that done() can read them from each thread.
prepared, accepted, flows, failures, sequence = 0, 0, 0, 0, 0
local jsonHeaders = { ["X-API-Key"] = key, ["Content-Type"] = "application/json" }
local keyHeaders = { ["X-API-Key"] = key }

function request()
  local id = table.remove(toGet)
  if id then
    return wrk.format("GET", "/orders/" .. id, keyHeaders)
  end
  id = table.remove(toAccept)
  if id then
    return wrk.format("POST", "/orders/accept/" .. id, keyHeaders)
  end
  sequence = sequence + 1
  local body = string.format(
    '{"qrCode":"https://qr.nspk.ru/AD10006M8KH4QP2R5T7V9W1X3Y5Z7B9C?type=02&bank=100000000007&sum=10000&cur=RUB&crc=0A1B","externalOrderId":"flow-%d-%d"}',
    tid, sequence)
  return wrk.format("POST", "/orders/prepare", jsonHeaders, body)
end

function response(status, headers, body)
  if status == 200 then
    flows = flows + 1
  elseif status == 201 then
    local id = body:match('^{"id":"([%x%-]+)"')
    if body:find('"paymentUntil"', 1, true) then
      accepted = accepted + 1
      toGet[#toGet + 1] = id
    else
      prepared = prepared + 1
      toAccept[#toAccept + 1] = id
    end
  else
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local total, bad = 0, 0
  for _, t in ipairs(threads) do
    total = total + t:get("flows")
    bad = bad + t:get("failures")
  end
  report.line(summary, latency, {
    flows = total,
    flows_per_s = string.format("%.1f", total / (summary.duration / 1e6)),
    flow_failures = bad,
  })
end
