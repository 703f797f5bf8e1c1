-- wrk script for bench/wrk-mcp: posts one JSON-RPC body ($BODY) on an initialized Streamable HTTP
-- session ($SESSION), as an MCP client would. wrk itself counts replies that are not 2xx ("Non-2xx").
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["Mcp-Session-Id"] = os.getenv("SESSION")
wrk.headers["Mcp-Protocol-Version"] = "2025-06-18"

