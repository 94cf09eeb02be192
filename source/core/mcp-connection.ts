// Whether a failed connection was to an MCP server rather than a model's endpoint, and what to
// do then. The kernel's network diagnosis and the router both read it, so it lives here once.

const MCP_TARGET =
  /\bError in MCP\b|\bMCP server\b[^\n]{0,80}(?:ECONNREFUSED|ETIMEDOUT|ECONNRESET|fetch failed)|\bSSE error\b/i;

/** Whether the failed connection was to an MCP server (its log or its SSE transport says so). */
export function failedAtMcpServer(text: string): boolean {
  return MCP_TARGET.test(text);
}

/** What to do when the connection that failed was to an MCP server, not the model's endpoint. */
const MCP_CONNECT_ACTION =
  'The MCP server did not take the connection: check that it is running and that its address and port in Cursor Settings > MCP (mcp.json) are right; for a remote server, check the proxy and firewall on the way. No provider key or model endpoint is involved.';

/** The advice for a failed connection: the MCP server's when it was one, else `otherwise`. */
export function connectionAction(text: string, otherwise: string): string {
  return failedAtMcpServer(text) ? MCP_CONNECT_ACTION : otherwise;
}
