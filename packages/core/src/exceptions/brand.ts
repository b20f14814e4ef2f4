/**
 * Brands are registered symbols (`Symbol.for`), so two copies of `@httpwire/core` in one process
 * (ESM and CJS builds, or two versions) see the same keys and recognise each other's values.
 */
export const HTTP_EXCEPTION_BRAND: unique symbol = Symbol.for('httpwire.HttpException') as never;
export const HTTP_RESPONSE_BRAND: unique symbol = Symbol.for('httpwire.HttpResponse') as never;
/** Where an exception keeps its headers until someone reads `exception.headers`. */
export const EXCEPTION_HEADERS_SLOT: unique symbol = Symbol.for('httpwire.HttpException.headers') as never;
/** Where a response keeps its `Headers` once someone reads `response.headers`. */
export const RESPONSE_HEADERS_SLOT: unique symbol = Symbol.for('httpwire.HttpResponse.headers') as never;
/** A response's only header, its `Content-Type`, until its `Headers` exist. */
export const RESPONSE_CONTENT_TYPE_SLOT: unique symbol = Symbol.for('httpwire.HttpResponse.contentType') as never;
