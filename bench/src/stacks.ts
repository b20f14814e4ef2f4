import type { RouteId } from './routes.js';

/** The stacks measured, in the order the report lists them. */
export const STACKS = ['raw', 'fastify', 'nest-fastify', 'express', 'nest-express', 'hono'] as const;
export type Stack = (typeof STACKS)[number];

export const STACK_LABELS: Record<Stack, string> = {
  raw: 'raw node:http',
  fastify: 'Fastify 5',
  'nest-fastify': 'Nest 12 on Fastify',
  express: 'Express 5',
  'nest-express': 'Nest 12 on Express',
  hono: 'Hono 4 on @hono/node-server',
};

/** `native`: the framework's own idioms (direct writes and its exceptions); `httpwire`: the binding. */
export const VARIANTS = ['native', 'httpwire'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * The routes each variant serves. httpwire has no direct write: its 404 is always thrown. Its `json` returns
 * the same plain value as the native route (the framework's own success path, with httpwire installed), and
 * `responseJson` returns the same JSON as an `HttpResponse`, whose bytes httpwire writes. The native
 * `prebuilt404` throws one exception built at startup: the framework's own cost of a throw, the floor of
 * any exception path on it.
 */
export const VARIANT_ROUTES: Record<Variant, readonly RouteId[]> = {
  native: ['json', 'throw404', 'prebuilt404', 'direct404', 'crash', 'text'],
  httpwire: ['json', 'responseJson', 'throw404', 'crash', 'text'],
};

export function isStack(value: string): value is Stack {
  return (STACKS as readonly string[]).includes(value);
}

export function isVariant(value: string): value is Variant {
  return (VARIANTS as readonly string[]).includes(value);
}
