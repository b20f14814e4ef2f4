import type { RawRequest } from '@httpwire/conformance';
import { encodeFuzzCase, FUZZ_CASE_HEADER, type FuzzCase } from '@httpwire/example-domain';

/** The marker put where a secret can hide; it must never cross the wire. */
export const MARKER = 'LEAK-MARKER-c0ffee';

/** One hiding place: the request that plants the marker, and how many times `onError` must see it. */
export interface LeakCase {
  name: string;
  request: RawRequest;
  /** 5xx are reported once; a 4xx (a client's own mistake) is not reported, so the marker reaches no log. */
  reports: 0 | 1;
}

function fuzz(name: string, fuzzCase: FuzzCase, reports: 0 | 1): LeakCase {
  return {
    name,
    request: { method: 'GET', path: '/fuzz', headers: { [FUZZ_CASE_HEADER]: encodeFuzzCase(fuzzCase) } },
    reports,
  };
}

function predict(name: string, body: string, headers: Record<string, string>): LeakCase {
  return {
    name,
    request: { method: 'POST', path: '/predict', headers: { Authorization: 'Bearer t', ...headers }, body },
    reports: 0,
  };
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

/** Every place a secret can hide, each planted with {@link MARKER}. */
export const LEAK_CASES: readonly LeakCase[] = [
  fuzz('the message of an unexposed 5xx', { kind: 'exception', status: 500, message: MARKER }, 1),
  fuzz('the message of a 4xx marked unexposed', { kind: 'exception', status: 404, message: MARKER, expose: false }, 0),
  fuzz('the cause of a 5xx', { kind: 'exception', status: 503, message: 'Down.', cause: MARKER }, 1),
  fuzz('the cause of an exposed 4xx', { kind: 'exception', status: 404, message: 'Gone.', cause: MARKER }, 0),
  fuzz('the details of an unexposed 5xx', { kind: 'exception', status: 502, details: { token: MARKER } }, 1),
  fuzz(
    'the details of a 4xx marked unexposed',
    { kind: 'exception', status: 409, expose: false, details: [MARKER] },
    0,
  ),
  fuzz(
    'a foreign error’s message and stack',
    { kind: 'throw', junk: { type: 'error', message: MARKER, causes: [] } },
    1,
  ),
  fuzz(
    'a foreign error’s cause chain',
    { kind: 'throw', junk: { type: 'error', message: 'x', causes: ['y', MARKER] } },
    1,
  ),
  fuzz('an http-errors 5xx', { kind: 'throw', junk: { type: 'http-errors', status: 500, message: MARKER } }, 1),
  fuzz('a boom 5xx', { kind: 'throw', junk: { type: 'boom', status: 503, message: MARKER } }, 1),
  fuzz('a thrown string', { kind: 'throw', junk: { type: 'string', value: MARKER } }, 1),
  fuzz('a thrown object', { kind: 'throw', junk: { type: 'object', value: { message: MARKER } } }, 1),
  fuzz(
    'a thrown object that claims to be an exposed 4xx',
    { kind: 'throw', junk: { type: 'object', value: { message: MARKER, status: 400, expose: true } } },
    1,
  ),
  fuzz('a thrown circular object', { kind: 'throw', junk: { type: 'circular', message: MARKER } }, 1),
  predict('invalid JSON in the request body', `{"features": [1, ${MARKER}`, JSON_TYPE),
  predict('truncated JSON in the request body', `{"features": ["${MARKER}`, JSON_TYPE),
  predict('a request body over the limit', `{"features": "${MARKER}${'x'.repeat(110_000)}"}`, JSON_TYPE),
  predict('a request body of the wrong type', MARKER, { 'Content-Type': 'text/plain' }),
  predict('a request body without a type', MARKER, {}),
  predict('a field of the request body that fails validation', `{"features": "${MARKER}"}`, JSON_TYPE),
];
