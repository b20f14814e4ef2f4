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
    // @ts-expect-error: the extension members are required, and checked when the class is not typed
    expect(() => new OutOfCredit('x', {})).toThrow(/balance: missing; accounts: missing/);
  });

  it('check the extension members against the declared schemas when the exception is built', () => {
    const build = (extensions: unknown) => () => new OutOfCredit('x', { extensions: extensions as never });
    expect(build({ balance: '<img src=x onerror=alert(1)>', accounts: [] })).toThrow(/balance: expected a number/);
    expect(build({ balance: 1, accounts: [1] })).toThrow(/accounts\[0\]: expected a string/);
    expect(build({ balance: 1, accounts: [], secret: 'x' })).toThrow(/secret: not declared/);
    expect(build({ balance: Number.NaN, accounts: [] })).toThrow(TypeError);
    expect(build({ balance: 1, accounts: [] })).not.toThrow();
    const Outage = defineProblemType({
      type: 'urn:example:outage',
      status: 503,
      title: 'Outage.',
      code: 'OUTAGE',
      extensions: {
        region: { type: 'string', enum: ['eu', 'us'] },
        window: { type: 'object', properties: { hours: { type: 'integer' } }, required: ['hours'] },
      },
    } as const);
    // Unexposed, its members never go out: those given are checked, none is required.
    expect(() => new Outage(undefined, { extensions: {} as never })).not.toThrow();
    expect(() => new Outage(undefined, { extensions: { region: 'mars' } as never })).toThrow(/one of eu, us/);
    const exposed = (window: unknown) => () =>
      new Outage(undefined, { expose: true, extensions: { region: 'eu', window } as never });
    expect(exposed({ hours: 1.5 })).toThrow(/window.hours: expected an integer/);
    expect(exposed({})).toThrow(/window.hours: missing/);
    expect(exposed({ hours: 2, minutes: 3 })).toThrow(/window.minutes: not declared/);
    expect(exposed({ hours: 2 })).not.toThrow();
    // A reported 500 when thrown in a handler: the TypeError is an unknown error.
    const reported: unknown[] = [];
    let thrown: unknown;
    try {
      build({ balance: 'x', accounts: [] })();
    } catch (error) {
      thrown = error;
    }
    expect([toWire(thrown, undefined, { onError: (error) => reported.push(error) }).status, reported]).toEqual([
      500,
      [thrown],
    ]);
  });

  it('are not fooled by an exception that only names their type URI, or has another status', () => {
    const { type } = OutOfCredit.definition;
    expect(new HttpException('x', { status: 403, type, code: 'OUT_OF_CREDIT' })).not.toBeInstanceOf(OutOfCredit);
    expect(markUpstream(new NotFoundException('x', { type }))).not.toBeInstanceOf(OutOfCredit);
    const Other = defineProblemType({ ...OutOfCredit.definition, status: 404 });
    expect(outOfCredit()).not.toBeInstanceOf(Other);
  });
});

describe('extension members are copied and frozen when the exception is built', () => {
  it('sends no member added to the caller’s object later, and refuses changes to its own copy', () => {
    const extensions: Record<string, unknown> = { field: 'name' };
    const exception = new HttpException('Taken.', { status: 409, extensions });
    extensions.status = 200;
    extensions.field = 'changed';
    expect(problemOf(toWire(exception))).toMatchObject({ status: 409, field: 'name' });
    expect(Object.keys(problemOf(toWire(exception))).filter((name) => name === 'status')).toHaveLength(1);
    expect(Object.isFrozen(exception.extensions)).toBe(true);
    expect(() => {
      (exception.extensions as Record<string, unknown>).status = 1;
    }).toThrow(TypeError);
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
