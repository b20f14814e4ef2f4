import { describe, expect, expectTypeOf, it } from 'vitest';
import { bodyText, problemOf } from '../../test/wire-helpers.js';
import {
  defineProblemType,
  HttpException,
  isFromUpstream,
  markUpstream,
  NotFoundException,
  relayUpstream,
  toWire,
} from '../index.js';

const OutOfCredit = defineProblemType({
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'You do not have enough credit.',
  code: 'OUT_OF_CREDIT',
  extensions: { balance: { type: 'number' }, accounts: { type: 'array', items: { type: 'string' } } },
} as const);

const outOfCredit = () =>
  new OutOfCredit('Your current balance is 30, but that costs 50.', {
    instance: '/account/12345/msgs/abc',
    extensions: { balance: 30, accounts: ['/account/12345', '/account/67890'] },
  });

describe('extension members and instance', () => {
  it('sends the RFC 9457 §3 example: instance after detail, extensions after code, in declared order', () => {
    const wire = toWire(outOfCredit());
    expect([wire.status, wire.statusText]).toEqual([403, 'Forbidden']);
    expect(bodyText(wire)).toBe(
      '{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,' +
        '"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc",' +
        '"code":"OUT_OF_CREDIT","balance":30,"accounts":["/account/12345","/account/67890"]}',
    );
  });

  it('refuses the RFC’s and httpwire’s own member names, and an instance that is not a string', () => {
    for (const name of ['type', 'title', 'status', 'detail', 'instance', 'code', 'details', 'errors']) {
      expect(() => new HttpException('x', { status: 400, extensions: { [name]: 1 } })).toThrow(new RegExp(`"${name}"`));
    }
    expect(() => new HttpException('x', { status: 400, instance: 42 as never })).toThrow(TypeError);
  });

  it('hides extensions of an unexposed error, keeps its instance, and reports what cannot be serialized', () => {
    const hidden = new HttpException('db at 10.0.0.9', {
      status: 503,
      instance: '/incidents/7',
      extensions: { host: '10.0.0.9' },
    });
    expect(problemOf(toWire(hidden))).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      instance: '/incidents/7',
      code: 'SERVICE_UNAVAILABLE',
    });
    const reported: unknown[] = [];
    const broken = new HttpException('x', { status: 409, extensions: { big: 1n } });
    const wire = toWire(broken, undefined, { onError: (error) => reported.push(error) });
    expect([wire.status, reported.length]).toEqual([500, 1]);
  });
});

describe('problem types', () => {
  it('make exception classes with a name, recognised by their type URI across copies', () => {
    const exception = outOfCredit();
    expect(OutOfCredit.name).toBe('OutOfCreditException');
    expect(exception).toBeInstanceOf(OutOfCredit);
    expect(exception).toBeInstanceOf(HttpException);
    const Copy = defineProblemType({ ...OutOfCredit.definition });
    expect(exception).toBeInstanceOf(Copy);
    expect(new NotFoundException()).not.toBeInstanceOf(OutOfCredit);
    expect(() => defineProblemType({ type: 'about:blank', status: 400, title: 't', code: 'C' })).toThrow(TypeError);
    expect(() => defineProblemType({ type: 'urn:x', status: 200, title: 't', code: 'C' })).toThrow(TypeError);
  });

  it('type their code and extension members', () => {
    const exception = outOfCredit();
    expectTypeOf(exception.code).toEqualTypeOf<'OUT_OF_CREDIT'>();
    expectTypeOf(exception.extensions.balance).toEqualTypeOf<number>();
    expectTypeOf(exception.extensions.accounts).toEqualTypeOf<string[]>();
    expectTypeOf<typeof exception.extensions>().toHaveProperty('balance');
    expect(exception.extensions.balance).toBe(30);
    // @ts-expect-error: the extension members are required
    expect(() => new OutOfCredit('x', {})).not.toThrow();
  });
});

describe('an exception read from another service', () => {
  it('is a reported 502 when thrown on, and its own answer when relayed', () => {
    const upstream = markUpstream(new NotFoundException('No such account.'));
    expect(isFromUpstream(upstream)).toBe(true);
    const reported: unknown[] = [];
    const wire = toWire(upstream, undefined, { onError: (error) => reported.push(error) });
    expect([wire.status, problemOf(wire).detail, reported]).toEqual([502, undefined, [upstream]]);
    const relayed = relayUpstream(upstream);
    expect([isFromUpstream(relayed), toWire(relayed).status]).toEqual([false, 404]);
  });
});
