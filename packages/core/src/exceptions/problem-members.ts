/**
 * The members httpwire writes itself, in the order it writes them: RFC 9457's (`type`, `title`, `status`,
 * `detail`, `instance`), then its own (`code`, `details`, `errors`, `errorsOmitted`). Every other member of a
 * problem is an extension member, and no extension member may take one of these names.
 *
 * @example
 * ```ts
 * const extensionNames = Object.keys({ status: 409, field: 'name' }).filter((name) => !PROBLEM_MEMBERS.includes(name)); // ['field']
 * ```
 */
export const PROBLEM_MEMBERS: readonly string[] = Object.freeze([
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'code',
  'details',
  'errors',
  'errorsOmitted',
]);
