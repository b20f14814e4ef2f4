import type { WireResponse } from '@httpwire/core';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Renders a wire response as its HTTP/1.1 text: status line, header lines, blank line, body. */
export function printWire(wire: WireResponse): string {
  const lines = [
    `HTTP/1.1 ${wire.status} ${wire.statusText}`,
    ...wire.headers.map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n\n${bodyPreview(wire.body)}`;
}

function bodyPreview(body: WireResponse['body']): string {
  if (body === null) return '(no body)';
  if (!(body instanceof Uint8Array)) return '(streamed body)';
  try {
    return decoder.decode(body);
  } catch {
    return `(${body.byteLength} binary bytes: ${Buffer.from(body).toString('hex')})`;
  }
}
