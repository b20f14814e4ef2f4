import type { ToWireOptions } from '@httpwire/core';
import { mergeOptions } from '@httpwire/node';
import type { Request } from 'express';

const scoped = new WeakMap<Request, ToWireOptions>();

/** The options in force for a request: the app's, with every router override it passed through on top. */
export function optionsFor(req: Request, base: ToWireOptions): ToWireOptions {
  return scoped.get(req) ?? base;
}

/** Records a router-level override for the rest of this request's life, error handling included. */
export function scopeOptions(req: Request, base: ToWireOptions, override: ToWireOptions): void {
  scoped.set(req, mergeOptions(optionsFor(req, base), override));
}
