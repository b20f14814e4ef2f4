import type { WireResponse } from '../src/index.js';

/** The body of a buffered wire response as text (`null` when there is none). */
export function bodyText(wire: WireResponse): string | null {
  if (wire.body === null) return null;
  if (!(wire.body instanceof Uint8Array)) throw new Error('expected a buffered body, got a stream');
  return new TextDecoder().decode(wire.body);
}

/** The body of a problem response, parsed. */
export function problemOf(wire: WireResponse): Record<string, unknown> {
  const text = bodyText(wire);
  if (text === null) throw new Error('expected a problem body');
  return JSON.parse(text) as Record<string, unknown>;
}

/** Every value of a header, in wire order. */
export function headerValues(wire: WireResponse, name: string): string[] {
  return wire.headers.filter(([key]) => key === name).map(([, value]) => value);
}

/** The single value of a header, or `undefined`. Fails if the header repeats. */
export function header(wire: WireResponse, name: string): string | undefined {
  const values = headerValues(wire, name);
  if (values.length > 1) throw new Error(`header ${name} repeats: ${values.join(' | ')}`);
  return values[0];
}

/** Reads a streamed wire body to text. */
export async function streamText(wire: WireResponse): Promise<string> {
  if (wire.body === null || wire.body instanceof Uint8Array) throw new Error('expected a stream body');
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of wire.body) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
