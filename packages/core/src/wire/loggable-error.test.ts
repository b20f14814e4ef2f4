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
