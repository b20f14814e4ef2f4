import type { WireRequest } from '@httpwire/core';
import type { Request } from 'express';

/** What core needs of an Express request: method, `Accept`, and the path (without the query) for `onError`. */
export function wireRequest(req: Request): WireRequest {
  const url = req.originalUrl ?? req.url;
  const query = url.indexOf('?');
  return { method: req.method, accept: req.headers.accept, path: query === -1 ? url : url.slice(0, query) };
}
