import { type BodyBounds, boundedText } from './bounded-body.js';

/** What httpwire needs of an HTTP error response, whichever client received it. */
export interface ErrorResponse {
  status: number;
  header(name: string): string | undefined;
  /**
   * The body: text to parse, or what the client already parsed (axios's `data`); `undefined` when it is past the
   * bounds.
   */
  body(bounds: BodyBounds): Promise<unknown>;
}

type Shape = Record<string, unknown>;

/**
 * Reads a fetch `Response`, an axios error (`isAxiosError`, `response`) or a ky `HTTPError` (its `response` is a
 * fetch `Response`) by shape; `undefined` for anything else, such as a network error with no response.
 */
export function errorResponseOf(input: unknown): ErrorResponse | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  if (isFetchResponse(input)) return fromFetch(input);
  const shape = input as Shape;
  if (isFetchResponse(shape.response)) return fromFetch(shape.response);
  if (shape.isAxiosError === true && typeof shape.response === 'object' && shape.response !== null) {
    return fromAxios(shape.response as Shape);
  }
  return undefined;
}

function isFetchResponse(value: unknown): value is Response {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Response).status === 'number' &&
    typeof (value as Response).headers?.get === 'function' &&
    typeof (value as Response).clone === 'function'
  );
}

function fromFetch(response: Response): ErrorResponse {
  return {
    status: response.status,
    header: (name) => response.headers.get(name) ?? undefined,
    // A body already read (ky may have) is read as nothing.
    body: (bounds) => boundedText(response, bounds),
  };
}

function fromAxios(response: Shape): ErrorResponse {
  const headers = (response.headers ?? {}) as Shape;
  return {
    status: typeof response.status === 'number' ? response.status : 0,
    header: (name) => {
      const value =
        typeof headers.get === 'function'
          ? (headers.get as (name: string) => unknown).call(headers, name)
          : (headers[name] ?? headers[name.toLowerCase()]);
      return value === undefined || value === null ? undefined : String(value);
    },
    // axios has read the body already; text past the byte bound is dropped all the same.
    body: async (bounds) =>
      typeof response.data === 'string' && response.data.length > bounds.maxBytes ? undefined : response.data,
  };
}
