/**
 * The published packages, by folder under `packages/`: what the tarball smoke tests install and the doc tests
 * read.
 *
 * @example
 * ```ts
 * for (const name of PUBLISHED) console.log(`@httpwire/${name}`);
 * ```
 */
export const PUBLISHED = ['core', 'node', 'client', 'fetch', 'express', 'fastify', 'nestjs', 'hono'] as const;

/**
 * One of {@link PUBLISHED}.
 *
 * @example
 * ```ts
 * const name: PublishedPackage = 'core';
 * ```
 */
export type PublishedPackage = (typeof PUBLISHED)[number];
