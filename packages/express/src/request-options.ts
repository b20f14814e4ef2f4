import type { ToWireOptions } from '@httpwire/core';
import type { Request } from 'express';

const scoped = new WeakMap<Request, ToWireOptions>();

/** The options in force for a request: a router's override (see `options()`), or the app's. */
export function optionsFor(req: Request, base: ToWireOptions): ToWireOptions {
  return scoped.get(req) ?? base;
}

/** Records a router-level override for the rest of this request's life, error handling included. */
export function scopeOptions(req: Request, options: ToWireOptions): void {
  scoped.set(req, options);
}
