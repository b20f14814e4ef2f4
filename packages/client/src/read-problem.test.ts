import {
  BadGatewayException,
  defineProblemType,
  exceptionClassFor,
  type HttpException,
  isFromUpstream,
  NotFoundException,
  TooManyRequestsException,
  toWire,
  UnauthorizedException,
  upstreamMembers,
  ValidationException,
  type WireResponse,
} from '@httpwire/core';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { OutOfCredit } from '../test/out-of-credit.js';
import { readProblem, throwIfProblem } from './index.js';

const Maintenance = defineProblemType({
  type: 'urn:example:maintenance',
  status: 503,
  title: 'Down for maintenance.',
  code: 'MAINTENANCE',
  expose: true,
  extensions: { until: { type: 'string' } },
} as const);

/** What a server sends for `outcome`, as the fetch `Response` a client gets. */
function responseOf(outcome: unknown, accept = 'application/problem+json'): Response {
  const wire: WireResponse = toWire(outcome, { method: 'GET', accept });
  const headers = new Headers();
  for (const [name, value] of wire.headers) headers.append(name, value);
  return new Response(wire.body as Uint8Array<ArrayBuffer> | null, { status: wire.status, headers });
}

/** The members a problem carries, to compare an exception with what was read back. */
function membersOf(exception: HttpException) {
  const { status, title, code, type, instance, details } = exception;
  // No member on the wire is no extension read back.
  const extensions = Object.keys(exception.extensions ?? {}).length === 0 ? undefined : exception.extensions;
  return {
    status,
    title,
    code,
    type,
    instance,
    extensions,
    details,
    detail: exception.expose ? exception.message : undefined,
  };
}

const NAMED = Array.from({ length: 200 }, (_, index) => 400 + index).filter((status) => exceptionClassFor(status));
const extensionName = fc
  .string({ minLength: 1, maxLength: 8 })
  .filter(
    (name) =>
      !['type', 'title', 'status', 'detail', 'instance', 'code', 'details', 'errors', '__proto__'].includes(name) &&
      !/^\d+$/.test(name),
  );

describe('readProblem round trip: toWire → Response → readProblem', () => {
  it('gives back every named class, with equal members (extension members kept apart) and no detail for an unexposed 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMED),
        fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
        fc.option(fc.webPath(), { nil: undefined }),
        fc.option(fc.dictionary(extensionName, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), { nil: undefined }),
        fc.constantFrom('application/problem+json', 'application/json'),
        async (status, message, instance, extensions, accept) => {
          const Named = exceptionClassFor(status) as typeof HttpException;
          const thrown = new Named(message, { instance, extensions });
          const read = await readProblem(responseOf(thrown, accept));
          expect(read).toBeInstanceOf(Named);
          expect(isFromUpstream(read)).toBe(true);
          const expected = membersOf(thrown);
          if (!thrown.expose) Object.assign(expected, { detail: undefined, extensions: undefined });
          if (expected.detail === thrown.title) expected.detail = undefined;
          // No problem type declares them: the extension members are kept apart, never sent on.
          const actual = { ...membersOf(read as HttpException), extensions: upstreamMembers(read) };
          if (actual.detail === actual.title) actual.detail = undefined;
          expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(JSON.stringify(expected)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives back the app’s problem types, with their extension members typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.array(fc.webPath(), { maxLength: 3 }),
        fc.webPath(),
        async (balance, accounts, instance) => {
          const thrown = new OutOfCredit(`Your balance is ${balance}.`, {
            instance,
            extensions: { balance, accounts },
          });
          const read = await readProblem(responseOf(thrown), { types: [OutOfCredit, Maintenance] });
          expect(read).toBeInstanceOf(OutOfCredit);
          expect(membersOf(read as HttpException)).toEqual(membersOf(thrown));
        },
      ),
      { numRuns: 100 },
    );
    const read = await readProblem(responseOf(new Maintenance('Back soon.', { extensions: { until: 'noon' } })), {
      types: [OutOfCredit, Maintenance],
    });
    expect([read instanceof Maintenance, read?.message, (read?.extensions as { until?: string })?.until]).toEqual([
      true,
      'Back soon.',
      'noon',
    ]);
  });

  it('narrows code and extension members to the problem type’s own', async () => {
    const read = await readProblem(
      responseOf(new OutOfCredit(undefined, { extensions: { balance: 30, accounts: [] } })),
      { types: [OutOfCredit, Maintenance] },
    );
    if (read instanceof OutOfCredit) {
      expectTypeOf(read.code).toEqualTypeOf<'OUT_OF_CREDIT'>();
      expectTypeOf(read.extensions.balance).toEqualTypeOf<number>();
      expectTypeOf(read.extensions.accounts).toEqualTypeOf<string[]>();
    }
    if (read instanceof Maintenance) expectTypeOf(read.code).toEqualTypeOf<'MAINTENANCE'>();
    const Outage = defineProblemType({
      type: 'urn:example:outage',
      status: 503,
      title: 'Outage.',
      code: 'OUTAGE',
      extensions: { region: { type: 'string' } },
    } as const);
    // A 5xx type's members stay on the server unless it is exposed: read back, they may be missing.
    const outage = await readProblem(responseOf(new Outage(undefined, { extensions: { region: 'eu' } })), {
      types: [Outage],
    });
    if (outage instanceof Outage) expectTypeOf(outage.extensions.region).toEqualTypeOf<string | undefined>();
    expect([outage instanceof Outage, outage?.extensions]).toEqual([true, {}]);
    expect(read).toBeInstanceOf(OutOfCredit);
  });

  it('gives back a validation problem’s errors, and the headers RFC 9110 ties to the status', async () => {
    const invalid = new ValidationException([
      { path: ['tags', 0], code: 'type' },
      { path: ['limit'], code: 'too_large', in: 'query' },
    ]);
    const read = await readProblem(responseOf(invalid));
    expect(read).toBeInstanceOf(ValidationException);
    expect((read as ValidationException).errors).toEqual(invalid.errors);
    const limited = await readProblem(responseOf(new TooManyRequestsException('Slow down.', { retryAfter: 120 })));
    expect(limited?.headers.get('retry-after')).toBe('120');
    const challenged = await readProblem(responseOf(new UnauthorizedException(undefined, { challenge: 'Bearer' })));
    expect(challenged?.headers.get('www-authenticate')).toBe('Bearer');
  });
});

describe('readProblem on what is not a problem', () => {
  it('reads an HTML error page as an exception of its status without detail, and a 2xx as nothing', async () => {
    const html = new Response('<h1>502 Bad Gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } });
    const read = await readProblem(html);
    expect(read).toBeInstanceOf(BadGatewayException);
    expect(read?.expose).toBe(false);
    expect(await readProblem(new Response('{}', { status: 200 }))).toBeUndefined();
    expect(await readProblem(new Response(null, { status: 204 }))).toBeUndefined();
    expect(await readProblem(new Error('ECONNREFUSED'))).toBeUndefined();
    expect(
      await readProblem(new Response('{not json', { status: 404, headers: { 'content-type': 'application/json' } })),
    ).toBeInstanceOf(NotFoundException);
  });

  it('reads axios and ky errors by shape, and leaves a fetch response readable', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No such user.',
      code: 'NOT_FOUND',
    };
    const axiosError = Object.assign(new Error('Request failed with status code 404'), {
      isAxiosError: true,
      response: { status: 404, headers: { 'content-type': 'application/problem+json' }, data: problem },
    });
    expect((await readProblem(axiosError))?.message).toBe('No such user.');
    const response = responseOf(new NotFoundException('No such user.'));
    const kyError = Object.assign(new Error('Request failed'), { name: 'HTTPError', response, request: {} });
    expect((await readProblem(kyError))?.message).toBe('No such user.');
    expect(JSON.parse(await response.text()).detail).toBe('No such user.');
  });

  it('throws the problem with throwIfProblem, or resolves to the response', async () => {
    await expect(throwIfProblem(responseOf(new NotFoundException()))).rejects.toBeInstanceOf(NotFoundException);
    const ok = new Response('{"a":1}', { status: 200 });
    await expect(throwIfProblem(ok)).resolves.toBe(ok);
  });
});
