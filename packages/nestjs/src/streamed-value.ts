import { isHttpResponse } from '@httpwire/core';
import { StreamableFile } from '@nestjs/common';

/** Values Nest streams itself (`StreamableFile`, web streams, async iterables, `Response`): left to Nest. */
export function isStreamedValue(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || isHttpResponse(value)) return false;
  return (
    value instanceof StreamableFile ||
    Symbol.asyncIterator in value ||
    typeof (value as { getReader?: unknown }).getReader === 'function' ||
    (typeof Response === 'function' && value instanceof Response)
  );
}
