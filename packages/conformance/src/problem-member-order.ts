/**
 * The order of the members core writes: RFC 9457's, then httpwire's `code`, `details`, `errors` and
 * `errorsOmitted`. Written out here rather than read from core's `PROBLEM_MEMBERS`: the suite checks core, so it
 * does not take core's word for it.
 */
const PROBLEM_MEMBER_ORDER = [
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'code',
  'details',
  'errors',
  'errorsOmitted',
];

/**
 * Whether a problem's member names are in httpwire's order: its own members in {@link PROBLEM_MEMBER_ORDER},
 * then any extension members, which core writes last, in the order they were declared.
 *
 * @example
 * ```ts
 * expect(hasProblemMemberOrder(Object.keys(problem))).toBe(true);
 * ```
 */
export function hasProblemMemberOrder(names: readonly string[]): boolean {
  const known = names.filter((name) => PROBLEM_MEMBER_ORDER.includes(name));
  const inOrder = PROBLEM_MEMBER_ORDER.filter((name) => known.includes(name));
  return known.join() === inOrder.join() && names.slice(0, known.length).join() === known.join();
}
