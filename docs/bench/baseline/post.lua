-- Copied unchanged (apart from this header) from ../shared/bench/baseline/post.lua.
-- wrk script: POST /api/v1/posyandu, a unique name per request, bearer token from TOKEN if set;
-- prints every non-201 status so a run shows what failed.
local counter = 0
local seeded = false
request = function()
  if not seeded then math.randomseed(tonumber(tostring({}):match("0x(%x+)"), 16)); seeded = true end
  counter = counter + 1
  local h = {["Content-Type"]="application/json"}
  local tok = os.getenv("TOKEN")
  if tok and #tok > 0 then h["Authorization"] = "Bearer " .. tok end
  return wrk.format("POST", "/api/v1/posyandu", h, string.format('{"nama":"B %d %d %d","desaKode":"16.71.17.1003"}', counter, math.random(1,1e9), math.random(1,1e9)))
end
response = function(status, headers, body) if status ~= 201 then io.write(status, " ") end end
