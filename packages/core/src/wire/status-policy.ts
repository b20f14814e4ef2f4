/**
 * A custom status policy: maps the status a handler produced to the status sent.
 * `hasBody` tells whether the response has content (the `endpoints` policy sends 204 without).
 *
 * @example
 * ```ts
 * const policy: StatusPolicyFunction = (status) => (status === 418 ? 404 : status);
 * ```
 */
export type StatusPolicyFunction = (status: number, context: { hasBody: boolean }) => number;

/**
 * `'default'` keeps every valid status; `'endpoints'` reproduces Google Cloud Endpoints Frameworks
 * (see {@link endpointsStatusPolicy}); a function maps statuses your way.
 *
 * @example
 * ```ts
 * toWire(error, request, { statusPolicy: 'endpoints' });
 * ```
 */
export type StatusPolicy = 'default' | 'endpoints' | StatusPolicyFunction;

const ENDPOINTS_KEPT_CLIENT_ERRORS = new Set([400, 401, 403, 404, 409, 410, 412, 413]);

/**
 * Google Cloud Endpoints Frameworks' fixed status table:
 * 2xx → 200 (204 without a body); 3xx → 404; 400, 401, 403, 404, 409, 410, 412 and 413 kept;
 * 405 → 501; 408 → 503; other 4xx → 404; 5xx → 503.
 *
 * @example
 * ```ts
 * endpointsStatusPolicy(418, { hasBody: true }); // 404
 * endpointsStatusPolicy(201, { hasBody: false }); // 204
 * ```
 */
export const endpointsStatusPolicy: StatusPolicyFunction = (status, { hasBody }) => {
  if (status < 300) return hasBody ? 200 : 204;
  if (status < 400) return 404;
  if (status < 500) {
    if (ENDPOINTS_KEPT_CLIENT_ERRORS.has(status)) return status;
    if (status === 405) return 501;
    if (status === 408) return 503;
    return 404;
  }
  return 503;
};

/**
 * Resolves a {@link StatusPolicy} to its function, or `undefined` for the default (keep every status).
 *
 * @example
 * ```ts
 * resolveStatusPolicy('endpoints') === endpointsStatusPolicy; // true
 * ```
 */
export function resolveStatusPolicy(policy: StatusPolicy | undefined): StatusPolicyFunction | undefined {
  if (policy === undefined || policy === 'default') return undefined;
  if (policy === 'endpoints') return endpointsStatusPolicy;
  if (typeof policy === 'function') return policy;
  throw new TypeError(`statusPolicy must be 'default', 'endpoints' or a function, got ${String(policy)}`);
}
