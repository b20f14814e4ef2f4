const MEDIA_TYPE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \t]*(?:;.*)?$/;

/**
 * Throws a `TypeError` unless `value` is a media type (`type/subtype`, then optional parameters).
 * Frameworks replace a `Content-Type` they cannot parse (Fastify sends `application/octet-stream`), so an
 * invalid one would make the stacks disagree; it is rejected instead.
 */
export function assertMediaType(value: string | null): void {
  if (value !== null && !MEDIA_TYPE.test(value)) {
    throw new TypeError(`Invalid header "Content-Type": ${JSON.stringify(value)} is not a media type (type/subtype)`);
  }
}

/** Whether a header name is `Content-Type`, in any case. */
export function isContentType(name: string): boolean {
  return name.length === 12 && name.toLowerCase() === 'content-type';
}
