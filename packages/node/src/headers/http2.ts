/** Headers RFC 9113 §8.2.2 forbids on HTTP/2: they describe an HTTP/1.1 connection. */
const CONNECTION_SPECIFIC = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);

/** Whether a header must be left out of an HTTP/2 response. */
export function isConnectionSpecific(name: string): boolean {
  return CONNECTION_SPECIFIC.has(name);
}

/** Whether a request came over HTTP/2 (Node's compatibility API, as Fastify's `http2: true` uses it). */
export function isHttp2Request(request: { httpVersionMajor?: number | undefined } | undefined): boolean {
  return request?.httpVersionMajor === 2;
}
