/** The site's JSON answers for its API endpoints: `{ error: { status, message } }` on failure. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

export function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse(status, { error: { status, message } }, headers);
}
