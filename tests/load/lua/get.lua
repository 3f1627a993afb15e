-- (a) and (c): the same authenticated GET over and over (the URL given to wrk names the order or the list).
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local report = require("report")

wrk.headers["X-API-Key"] = os.getenv("LOAD_API_KEY")

function done(summary, latency, requests)
  report.line(summary, latency)
end
