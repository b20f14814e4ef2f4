/**
 * Steps taken by the paths whose work grows with a request (reducing validation issues, reading pointers, reading
 * an upstream's problem): the unit tests count them at n and 16n to prove the growth near-linear, without timing
 * anything. Not exported from the package.
 */
export const workCount = { steps: 0 };

/** Adds `steps` to {@link workCount}. */
export function countWork(steps = 1): void {
  workCount.steps += steps;
}
