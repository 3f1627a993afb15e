-- Soak mix (tests/load/soak.sh): what a test suite's traffic looks like, repeated. Per 100 requests: one full flow
-- (prepare, accept with an Idempotency-Key, the same accept replayed, get), reads of orders, lists, balance, rate,
-- profile, disputes, deposits and the request journal. Every SOAK_ADVANCE_EVERY requests the sandbox clock moves an
-- hour, as a long-lived sandbox's would: orders get paid, expired quotes and Idempotency-Keys are forgotten. The
-- advance waits until no flow request is in flight, so no quote expires between its prepare and its accept: every
-- answer should be 2xx. The thread stops itself after SOAK_REQUESTS answers (and tells soak.sh through
-- SOAK_DONE_FILE), so the server's RSS is read at exact request counts.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local report = require("report")

local key = os.getenv("LOAD_API_KEY")
local known = os.getenv("SOAK_ORDER_ID")
local target = tonumber(os.getenv("SOAK_REQUESTS"))
local doneFile = os.getenv("SOAK_DONE_FILE")
local advanceEvery = tonumber(os.getenv("SOAK_ADVANCE_EVERY") or "2000")
local flowEvery = tonumber(os.getenv("SOAK_FLOW_EVERY") or "100") -- one flow per this many requests (a multiple of 100; 0: none)
local keyHeaders = { ["X-API-Key"] = key }
local jsonHeaders = { ["X-API-Key"] = key, ["Content-Type"] = "application/json" }
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

-- Globals, so that done() can read them from the thread.
answered, failures, sent, stopped, advances = 0, 0, 0, false, 0
local quotes, accepted, fresh = {}, {}, {}
local flowsInFlight, advanceDue, advancing = 0, false, false

local function get(path)
  return wrk.format("GET", path, keyHeaders)
end

local function accept(id, headers)
  return wrk.format("POST", "/orders/accept/" .. id, headers)
end

local function flow(request)
  flowsInFlight = flowsInFlight + 1
  return request
end

function request()
  sent = sent + 1
  if (sent + 50) % advanceEvery == 0 then -- mid-cycle, away from the flow slots
    advanceDue = true
  end
  if advanceDue and not advancing and flowsInFlight == 0 then
    advanceDue, advancing = false, true
    return wrk.format("POST", "/_sandbox/clock/advance", { ["Content-Type"] = "application/json" }, '{"seconds":3600}')
  end
  local slot = sent % 100
  local flowCycle = flowEvery > 0 and math.floor(sent / 100) % (flowEvery / 100) == 0
  if (slot == 0 and not flowCycle) or (slot < 3 and (advanceDue or advancing)) then
    slot = 4 -- a cycle without a new flow, or no flow step until the clock has moved
  end
  if slot == 0 then
    local body = string.format(
      '{"qrCode":"https://qr.nspk.ru/AD10006M8KH4QP2R5T7V9W1X3Y5Z7B9C?type=02&bank=100000000007&sum=10000&cur=RUB&crc=0A1B","externalOrderId":"soak-%d"}',
      sent)
    return flow(wrk.format("POST", "/orders/prepare", jsonHeaders, body))
  elseif slot == 1 and #quotes > 0 then
    local id = table.remove(quotes, 1)
    return flow(accept(id, { ["X-API-Key"] = key, ["Idempotency-Key"] = "k-" .. id }))
  elseif slot == 2 and #accepted > 0 then
    local id = table.remove(accepted, 1)
    return flow(accept(id, { ["X-API-Key"] = key, ["Idempotency-Key"] = "k-" .. id }))
  elseif slot == 3 and #fresh > 0 then
    return get("/orders/" .. table.remove(fresh, 1))
  elseif slot < 44 then
    return get("/orders/" .. known)
  elseif slot < 59 then
    return get("/orders?status=success&limit=20")
  elseif slot < 69 then
    return get("/wallets/balance")
  elseif slot < 79 then
    return get("/rates/current")
  elseif slot < 84 then
    return get("/auth/company/profile")
  elseif slot < 89 then
    return get(string.format("/orders?limit=5&offset=%d", sent % 1000))
  elseif slot < 94 then
    return get("/_sandbox/requests?limit=20")
  elseif slot < 97 then
    return get("/disputes?limit=5")
  else
    return get("/wallets/deposits?limit=5")
  end
end

function response(status, headers, body)
  answered = answered + 1
  if status >= 400 then
    failures = failures + 1
  elseif status == 200 and advancing and body:find('"mode"', 1, true) then
    advancing, advances = false, advances + 1
    quotes = {} -- prepared before the clock moved: expired now
  elseif status == 201 then
    flowsInFlight = flowsInFlight - 1
    local id = body:match('^{"id":"([%x%-]+)"')
    if body:find('"expiresAt"', 1, true) then
      quotes[#quotes + 1] = id
    elseif not headers["Idempotent-Replayed"] then
      accepted[#accepted + 1] = id
      fresh[#fresh + 1] = id
    end
  end
  if answered >= target and not stopped then
    -- wrk itself runs until its duration is over: the script waiting on this file interrupts it.
    stopped = true
    local marker = io.open(doneFile, "w")
    marker:write("done\n")
    marker:close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local total, bad, moved = 0, 0, 0
  for _, t in ipairs(threads) do
    total = total + t:get("answered")
    bad = bad + t:get("failures")
    moved = moved + t:get("advances")
  end
  report.line(summary, latency, { answered = total, failures = bad, clock_advances = moved })
end
