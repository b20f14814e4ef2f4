import { type IncomingMessage, ServerResponse } from 'node:http';
import { reasonPhrase } from '@httpwire/core';

/**
 * A `ServerResponse` whose default reason phrases are RFC 9110's (`413 Content Too Large`, `422 Unprocessable
 * Content`), as httpwire's own responses carry them, rather than Node's older table (`Payload Too Large`). For servers
 * that turn a web `Response` into Node's without its `statusText`, such as `@hono/node-server`; a reason the server
 * does give is kept.
 *
 * @example
 * ```ts
 * serve({ fetch: hono.fetch, port: 3000, serverOptions: { ServerResponse: RfcReasonServerResponse } });
 * ```
 */
export class RfcReasonServerResponse<
  Request extends IncomingMessage = IncomingMessage,
> extends ServerResponse<Request> {
  override writeHead(statusCode: number, ...rest: unknown[]): this {
    if (typeof rest[0] !== 'string' && !this.statusMessage) this.statusMessage = reasonPhrase(statusCode);
    return (super.writeHead as (statusCode: number, ...rest: unknown[]) => this)(statusCode, ...rest);
  }
}
