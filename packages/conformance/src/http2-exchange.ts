import { connect } from 'node:http2';

/** One HTTP/2 request: pseudo-headers and headers, and a body. */
export interface Http2Request {
  headers: Record<string, string>;
  body?: string;
}

/**
 * Sends requests over one HTTP/2 session to 127.0.0.1 and resolves to each response's headers (`:status`
 * included), in order; the bodies are read and dropped.
 *
 * @example
 * ```ts
 * const [missing] = await http2Exchange(port, [{ headers: { ':method': 'GET', ':path': '/nowhere' } }]);
 * ```
 */
export async function http2Exchange(
  port: number,
  requests: readonly Http2Request[],
): Promise<Record<string, unknown>[]> {
  const session = connect(`http://127.0.0.1:${port}`);
  try {
    const responses: Record<string, unknown>[] = [];
    for (const { headers, body } of requests) {
      responses.push(
        await new Promise<Record<string, unknown>>((resolve, reject) => {
          const stream = session.request(headers);
          stream.on('response', (received) => {
            stream.resume();
            stream.on('end', () => resolve(received));
          });
          stream.on('error', reject);
          stream.end(body);
        }),
      );
    }
    return responses;
  } finally {
    session.close();
  }
}

/**
 * Collects the process warnings emitted while `run` runs (Node's `UnsupportedWarning`s for HTTP/1.1-only response
 * fields on HTTP/2, for instance), as `name: message` lines.
 *
 * @example
 * ```ts
 * const warnings = await warningsDuring(() => http2Exchange(port, requests));
 * ```
 */
export async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on('warning', onWarning);
  try {
    await run();
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    return warnings;
  } finally {
    process.off('warning', onWarning);
  }
}
