import { notFound } from '@hapi/boom';
import { HttpResponse, NotFoundException, toWire } from '@httpwire/core';
import { NotFoundException as NestNotFoundException } from '@nestjs/common';
import createError from 'http-errors';
import { COOKIES, JSON_BODY, TEXT_BODY } from '../routes.js';

/** One in-process case: a function whose result is kept alive so the engine cannot drop the work. */
export interface MicroCase {
  group: 'construction' | 'toWire';
  name: string;
  run: () => unknown;
}

const request = { method: 'GET', accept: '*/*', path: '/entities/42' };
const thrown = new NotFoundException();
const json = HttpResponse.json(JSON_BODY);
const text = HttpResponse.text(TEXT_BODY, { headers: { 'set-cookie': COOKIES } });

/** The construct + `toWire` case the ≥ 2M ops/s goal is about. */
export const THROW_PATH_CASE = 'new NotFoundException() + toWire';

export const MICRO_CASES: readonly MicroCase[] = [
  { group: 'construction', name: 'new Error()', run: () => new Error('Not Found') },
  { group: 'construction', name: 'httpwire new NotFoundException()', run: () => new NotFoundException() },
  { group: 'construction', name: 'http-errors createError(404)', run: () => createError(404) },
  { group: 'construction', name: 'boom Boom.notFound()', run: () => notFound() },
  { group: 'construction', name: 'Nest new NotFoundException()', run: () => new NestNotFoundException() },
  { group: 'toWire', name: THROW_PATH_CASE, run: () => toWire(new NotFoundException(), request) },
  { group: 'toWire', name: 'toWire(NotFoundException)', run: () => toWire(thrown, request) },
  { group: 'toWire', name: 'toWire(HttpResponse.json)', run: () => toWire(json, request) },
  { group: 'toWire', name: 'toWire(HttpResponse.text + 2 cookies)', run: () => toWire(text, request) },
  {
    group: 'toWire',
    name: 'JSON.stringify of a 404 body',
    run: () => JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Not Found' }),
  },
];
