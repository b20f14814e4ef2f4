import { describe, expect, it } from 'vitest';
import { mergeOptions, withDefaultReporter } from './merge-options.js';
import type { ToWireOptions } from './wire-types.js';

describe('mergeOptions', () => {
  const onError = () => {};
  const base: ToWireOptions = { onError, statusPolicy: 'default' };

  it('lets the override win, ignores its undefined members, and merges each pair once', () => {
    const override: ToWireOptions = { statusPolicy: 'endpoints', exposeInternalErrors: undefined };
    const merged = mergeOptions(base, override);
    expect(merged).toEqual({ onError, statusPolicy: 'endpoints' });
    expect(mergeOptions(base, override)).toBe(merged);
    expect(mergeOptions(base, undefined)).toBe(base);
  });

  it('reports through the default only when the app gave no onError', () => {
    const fallback = () => {};
    expect(withDefaultReporter({}, fallback).onError).toBe(fallback);
    expect(withDefaultReporter(base, fallback)).toBe(base);
  });
});
