// A child process: Express with zod through `wire.route()`, or Fastify with Ajv (`allErrors`), each with httpwire,
// serving POST /arrays, whose body must be arrays of at least one number. It sends its port to its parent.
import { validate } from '@httpwire/core';
import { httpwire as expressWire } from '@httpwire/express';
import { httpwire as fastifyWire } from '@httpwire/fastify';
import express from 'express';
import Fastify from 'fastify';
import { z } from 'zod';

const stack = process.argv[2];
const quiet = { onError: () => {} };

async function expressServer(): Promise<number> {
  const app = express();
  app.use(express.json({ limit: '100kb' }));
  const wire = expressWire(quiet);
  const schema = z.array(z.array(z.number()).min(1));
  app.post(
    '/arrays',
    wire.route(async (req) => ({ rows: (await validate(schema, req.body)).length })),
  );
  app.use(wire.notFound);
  app.use(wire.errorHandler);
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

async function fastifyServer(): Promise<number> {
  const app = Fastify({ ajv: { customOptions: { allErrors: true } } });
  await app.register(fastifyWire, quiet);
  const body = { type: 'array', items: { type: 'array', minItems: 1, items: { type: 'number' } } };
  app.post('/arrays', { schema: { body } }, async (request) => ({ rows: (request.body as unknown[]).length }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

const port = await (stack === 'express' ? expressServer() : fastifyServer());
process.send?.(port);
