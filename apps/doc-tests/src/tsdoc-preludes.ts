import type { PublishedPackage } from '@httpwire/conformance';

/**
 * What TSDoc examples take as given, by name: the app, the request, the values an example only passes along.
 * An example gets the declaration of each name it uses and does not declare itself (and of the names that
 * declaration uses), where a reader does not see it. Imports here are aliased (`__core`), so that they never
 * clash with what an example imports.
 */
type Prelude = Readonly<Record<string, string>>;

const OUT_OF_CREDIT = `{
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'You do not have enough credit.',
  code: 'OUT_OF_CREDIT',
  extensions: { balance: { type: 'number' }, accounts: { type: 'array', items: { type: 'string' } } },
} as const`;

const SHARED: Prelude = {
  __core: "import * as __core from '@httpwire/core';",
  __express: "import __express from 'express';",
  __Fastify: "import __Fastify from 'fastify';",
  __Hono: "import { Hono as __Hono } from 'hono';",
  OutOfCredit: `const OutOfCredit = __core.defineProblemType(${OUT_OF_CREDIT});`,
  Maintenance:
    "const Maintenance = __core.defineProblemType({ type: 'https://example.com/probs/maintenance', status: 503, title: 'Down for maintenance.', code: 'MAINTENANCE' });",
  definition: `const definition = ${OUT_OF_CREDIT};`,
  Balance: "const Balance = { type: 'object', properties: { balance: { type: 'number' } } } as const;",
  handler: 'const handler = async () => ({ balance: 30 });',
  options: 'declare const options: __core.ToWireOptions;',
  appOptions: 'declare const appOptions: __core.ToWireOptions;',
  onError: 'const onError = (error: unknown) => console.error(error);',
  error: 'declare const error: unknown;',
  body: 'declare const body: string;',
  id: 'declare const id: string;',
  express: "import express from 'express';",
  Fastify: "import Fastify from 'fastify';",
  Hono: "import { Hono } from 'hono';",
  z: "import { z } from 'zod';",
  createError: "import createError from 'http-errors';",
  repository: 'declare const repository: { find(id: string | undefined): Promise<{ id: string } | undefined> };',
  findEntity: 'declare function findEntity(id: string): Promise<{ id: string; name: string }>;',
  metrics: 'declare const metrics: { increment(name: string): void };',
  log: 'declare const log: { error(value: unknown): void };',
};

/** Where a name means something else in one package (`app` is an Express app here, a Nest app there). */
const BY_PACKAGE: Record<PublishedPackage, Prelude> = {
  core: {
    app: 'const app = __express();',
    fastify: 'const fastify = __Fastify();',
    nestApp: "declare const nestApp: import('@nestjs/common').INestApplication;",
    SwaggerModule: "import { SwaggerModule } from '@nestjs/swagger';",
    config: "declare const config: Omit<import('@nestjs/swagger').OpenAPIObject, 'paths'>;",
    req: "declare const req: import('express').Request;",
    res: "declare const res: import('node:http').ServerResponse;",
    request: 'declare const request: __core.WireRequest;',
    response: 'declare const response: Response;',
    wire: 'declare const wire: __core.WireResponse;',
    started: 'declare const started: __core.StreamStart;',
    write: 'declare function write(wire: __core.WireResponse): void;',
    isJson: 'declare function isJson(type: string | undefined): boolean;',
    accounts: 'declare const accounts: { charge(id: string): Promise<void> };',
    entity: 'declare const entity: { id: string } | undefined;',
    results: 'declare const results: unknown[];',
    body: 'declare const body: AsyncIterable<Uint8Array>;',
    created: 'declare const created: { id: string };',
    pngBytes: 'declare const pngBytes: Uint8Array;',
    issues: 'declare const issues: ConstructorParameters<typeof __core.ValidationException>[0];',
    Widget: 'const Widget = z.object({ name: z.string() });',
    WidgetSchema: 'const WidgetSchema = z.object({ name: z.string() });',
    Query: 'const Query = z.object({ limit: z.coerce.number().optional() });',
  },
  node: {
    app: 'const app = __express();',
    fastify: 'const fastify = __Fastify();',
    hono: 'const hono = new __Hono();',
    serve: "import { serve } from '@hono/node-server';",
    server: "declare const server: import('node:http').Server;",
    req: "declare const req: import('express').Request;",
    reply: "declare const reply: import('fastify').FastifyReply;",
    response: "declare const response: import('node:http').ServerResponse | import('fastify').FastifyReply;",
    ServerResponse: "import type { ServerResponse } from 'node:http';",
    FastifyRequest: "import type { FastifyRequest } from 'fastify';",
    ErrorRequestHandler: "import type { ErrorRequestHandler } from 'express';",
  },
  client: {
    response: 'declare const response: Response;',
    showTopUp: 'declare function showTopUp(balance: number): void;',
  },
  fetch: {
    request: 'declare const request: Request;',
    route: 'declare const route: unknown;',
    Env: 'interface Env { KV: { get(key: string): Promise<string | null> } }',
  },
  express: {
    __binding: "import * as __binding from '@httpwire/express';",
    app: 'const app = __express();',
    wire: 'const wire = __binding.httpwire();',
    Request: "import type { Request } from 'express';",
  },
  fastify: {
    app: 'const app = __Fastify();',
    swagger: "import swagger from '@fastify/swagger';",
  },
  nestjs: {
    app: "declare const app: import('@nestjs/common').INestApplication;",
    logger: "declare const logger: import('@nestjs/common').Logger;",
    HttpAdapterHost: "import { HttpAdapterHost } from '@nestjs/core';",
    Reflector: "import { Reflector } from '@nestjs/core';",
    ValidationPipe: "import { ValidationPipe } from '@nestjs/common';",
    ClassSerializerInterceptor: "import { ClassSerializerInterceptor } from '@nestjs/common';",
    Module: "import { Module } from '@nestjs/common';",
    Logger: "import { Logger } from '@nestjs/common';",
    Inject: "import { Inject } from '@nestjs/common';",
    ConfigModule: 'declare class ConfigModule {}',
    ConfigService: 'declare class ConfigService { get(key: string): string | undefined }',
  },
  hono: {
    __binding: "import * as __binding from '@httpwire/hono';",
    app: 'const app = new __Hono();',
    legacy: 'const legacy = new __Hono();',
    findEntity: 'declare function findEntity(id: string | undefined): Promise<unknown>;',
    wire: 'const wire = __binding.httpwire();',
  },
};

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/**
 * The hidden prelude of one example of `pack`: the declarations of the names it uses but does not declare
 * (`declared`), each once, before the declarations that use them.
 */
export function preludeFor(
  pack: PublishedPackage,
  code: string,
  declared: ReadonlySet<string>,
): { text: string; names: ReadonlySet<string> } {
  const entries: Prelude = { ...SHARED, ...BY_PACKAGE[pack] };
  const lines: string[] = [];
  const seen = new Set<string>();
  const visit = (text: string) => {
    for (const name of text.match(IDENTIFIER) ?? []) {
      // An own entry only: an example may use `constructor` or `toString`.
      const declaration = Object.hasOwn(entries, name) ? entries[name] : undefined;
      if (declaration === undefined || seen.has(name) || declared.has(name)) continue;
      seen.add(name);
      visit(declaration);
      lines.push(declaration);
    }
  };
  visit(code);
  return { text: lines.join('\n'), names: seen };
}
