import { readProblem } from '@httpwire/client';
import {
  defineProblemType,
  issuesFromAjv,
  negotiateProblemType,
  pointerKeys,
  pointerOf,
  toWire,
  ValidationException,
  validate,
} from '@httpwire/core';
import { httpwireExceptionFactory } from '@httpwire/nestjs';
import { Ajv } from 'ajv';
import { z } from 'zod';
import type { SizedRun } from './growth.js';

/** A path whose work grows with a request, and the n it starts at. */
export interface ComplexityCase {
  readonly name: string;
  readonly n: number;
  readonly prepare: SizedRun;
}

/** Finding 1's body: n empty arrays where each must have an item. */
const emptyArrays = (n: number) => Array.from({ length: n }, () => []);

const zodArrays = z.array(z.array(z.number()).min(1));

const ajvArrays = new Ajv({ allErrors: true }).compile({
  type: 'array',
  items: { type: 'array', minItems: 1, items: { type: 'number' } },
});

const Ledger = defineProblemType({
  type: 'urn:bench:ledger',
  status: 409,
  title: 'Ledger conflict.',
  code: 'LEDGER_CONFLICT',
  extensions: { entries: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } },
} as const);

function problemResponse(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

/** Every path of issue 20's list: validation on each source, pointers, negotiation, the client. */
export const COMPLEXITY_CASES: readonly ComplexityCase[] = [
  {
    name: 'zod through validate(): n arrays under their minimum (finding 1)',
    n: 2_000,
    prepare: (n) => {
      const body = emptyArrays(n);
      return () => validate(zodArrays, body).catch((error: unknown) => toWire(error));
    },
  },
  {
    name: 'Ajv (allErrors) as Fastify reports it: n arrays under their minimum',
    n: 2_000,
    prepare: (n) => {
      ajvArrays(emptyArrays(n));
      const errors = ajvArrays.errors ?? [];
      return () => toWire(new ValidationException(issuesFromAjv(errors, 'body')));
    },
  },
  {
    name: 'class-validator as Nest’s pipe reports it: n nested DTOs under their minimum',
    n: 2_000,
    prepare: (n) => {
      const errors = [
        {
          property: 'rows',
          children: Array.from({ length: n }, (_, index) => ({
            property: String(index),
            constraints: { arrayMinSize: 'rows must contain at least 1 elements', isNumber: 'x' },
            children: [{ property: '0', constraints: { isNumber: 'must be a number' }, children: [] }],
          })),
        },
      ];
      return () => toWire(httpwireExceptionFactory(errors));
    },
  },
  {
    name: 'reduction alone: 16 issues nested n levels deep',
    n: 500,
    prepare: (n) => {
      const path = Array.from({ length: n }, () => 'a');
      const issues = Array.from({ length: 16 }, (_, index) => ({ path: [...path, index], code: 'type' as const }));
      return () => new ValidationException(issues);
    },
  },
  {
    name: 'pointers: pointerOf and pointerKeys of n segments',
    n: 2_000,
    prepare: (n) => {
      const path = Array.from({ length: n }, (_, index) => (index % 2 === 0 ? 'a/b~c é' : index));
      return () => pointerKeys(pointerOf(path));
    },
  },
  {
    name: 'negotiation: an Accept header of n media ranges',
    n: 2_000,
    prepare: (n) => {
      const accept = Array.from({ length: n }, (_, index) => `text/x-${index};q=0.${index % 9}`).join(', ');
      return () => negotiateProblemType(accept);
    },
  },
  {
    name: 'client: readProblem of a 422 with n errors',
    n: 2_000,
    prepare: (n) => {
      const errors = Array.from({ length: n }, (_, index) => ({ pointer: `#/${index}`, code: 'too_few', detail: 'x' }));
      const text = JSON.stringify({ type: 'about:blank', title: 'Unprocessable Content', status: 422, errors });
      return () => readProblem(problemResponse(JSON.parse(text), 422));
    },
  },
  {
    name: 'client: readProblem of a problem type whose member has n items',
    n: 2_000,
    prepare: (n) => {
      const entries = Array.from({ length: n }, (_, index) => ({ id: `e${index}` }));
      const body = { type: 'urn:bench:ledger', title: 'Ledger conflict.', status: 409, entries };
      return () => readProblem(problemResponse(body, 409), { types: [Ledger] });
    },
  },
];
