-- wrk script for bench/wrk-mcp: posts one JSON-RPC body ($BODY) on an initialized Streamable HTTP
-- session ($SESSION), as an MCP client would, and counts any non-200 reply as an error.
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["Mcp-Session-Id"] = os.getenv("SESSION")
wrk.headers["Mcp-Protocol-Version"] = "2025-06-18"

local failed = 0
function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
  end
end
