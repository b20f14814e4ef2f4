import { describe, expect, it } from 'vitest';
import { BadGatewayException, escapeControlCharacters, loggableError, markUpstream } from '../index.js';

describe('what a default reporter prints of an error', () => {
  it('escapes every control character, line separators included', () => {
    expect(escapeControlCharacters('a\nb\rc\td\u001b[31me\u0000f\u007f\u0085\u2028')).toBe(
      'a\\nb\\rc\\td\\x1b[31me\\x00f\\x7f\\x85\\u2028',
    );
    expect(escapeControlCharacters('plain é 😀')).toBe('plain é 😀');
  });

  it('escapes the message of an upstream’s exception in a copy that keeps its class and members', () => {
    const upstream = markUpstream(new BadGatewayException('x\n[ERROR] forged', { code: 'UPSTREAM' }));
    const printed = loggableError(upstream) as BadGatewayException;
    expect(printed).not.toBe(upstream);
    expect(printed).toBeInstanceOf(BadGatewayException);
    expect([printed.message, printed.code, printed.status]).toEqual(['x\\n[ERROR] forged', 'UPSTREAM', 502]);
    expect(printed.stack?.split('\n')[0]).toBe('BadGatewayException: x\\n[ERROR] forged');
    expect(upstream.message).toBe('x\n[ERROR] forged');
  });

  it('leaves the app’s own errors, and clean upstream ones, as they are', () => {
    const own = new Error('multi\nline');
    expect(loggableError(own)).toBe(own);
    const clean = markUpstream(new BadGatewayException('fine'));
    expect(loggableError(clean)).toBe(clean);
    expect(loggableError('text')).toBe('text');
  });
});

describe('an upstream’s message reached another way', () => {
  it('is escaped as the cause of the app’s own error, and in bidirectional controls', () => {
    const upstream = markUpstream(new BadGatewayException('x\n[ERROR] forged\u202e'));
    const wrapper = new Error('billing failed', { cause: upstream });
    const printed = loggableError(wrapper) as Error;
    expect(printed).not.toBe(wrapper);
    expect(printed.message).toBe('billing failed');
    expect((printed.cause as Error).message).toBe('x\\n[ERROR] forged\\u202e');
    expect(wrapper.cause).toBe(upstream);
  });

  it('never turns an escaped sequence the upstream wrote into a newline', () => {
    const upstream = markUpstream(new BadGatewayException('a\nb'));
    Object.defineProperty(upstream, 'stack', { value: 'custom stack with a literal \\n\n    at frame (x.js:1:1)' });
    const printed = loggableError(upstream) as Error;
    expect(printed.stack?.split('\n')).toEqual(['BadGatewayException: a\\nb', '    at frame (x.js:1:1)']);
  });
});
