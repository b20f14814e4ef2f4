import { mergeVary } from '@httpwire/core';

/** Headers set before an error that describe a body the problem replaces. */
const FRAMING = new Set(['content-length', 'content-type', 'content-encoding', 'transfer-encoding']);

/**
 * An error response with the headers the app and its middleware set before the error (`c.header()`: a request id,
 * CORS, security headers), as Hono's own error handler keeps them: httpwire's win, `vary` is merged, and those that
 * describe another body go.
 */
export function withEarlierHeaders(response: Response, earlier: Headers): Response {
  let merged: Headers | undefined;
  earlier.forEach((value, name) => {
    if (FRAMING.has(name) || name === 'set-cookie') return;
    const own = response.headers.get(name);
    if (own !== null && name !== 'vary') return;
    merged ??= new Headers(response.headers);
    merged.set(name, name === 'vary' && own !== null ? mergeVary(value, own) : value);
  });
  const cookies = earlier.getSetCookie();
  if (cookies.length > 0) {
    merged ??= new Headers(response.headers);
    for (const cookie of cookies) merged.append('set-cookie', cookie);
  }
  if (merged === undefined) return response;
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}
