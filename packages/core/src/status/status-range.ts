/**
 * Throws a `TypeError` naming `status` unless it is an integer from 200 to 599:
 * the range a final response may carry.
 *
 * @example
 * ```ts
 * assertFinalStatus(404, 'HttpResponse'); // ok
 * assertFinalStatus(99, 'HttpResponse');  // TypeError: HttpResponse status must be an integer from 200 to 599, got 99
 * ```
 */
export function assertFinalStatus(status: unknown, owner: string): asserts status is number {
  if (!isStatusInRange(status, 200, 599)) {
    throw new TypeError(`${owner} status must be an integer from 200 to 599, got ${describe(status)}`);
  }
}

/**
 * Throws a `TypeError` naming `status` unless it is an integer from 400 to 599:
 * exceptions carry errors only; 1xx, 2xx and 3xx outcomes are responses.
 *
 * @example
 * ```ts
 * assertErrorStatus(409, 'HttpException'); // ok
 * assertErrorStatus(302, 'HttpException'); // TypeError
 * ```
 */
export function assertErrorStatus(status: unknown, owner: string): asserts status is number {
  if (!isStatusInRange(status, 400, 599)) {
    throw new TypeError(
      `${owner} status must be an integer from 400 to 599, got ${describe(status)}; use HttpResponse for other statuses`,
    );
  }
}

/**
 * Whether `value` is an integer status within `[min, max]`.
 *
 * @example
 * ```ts
 * isStatusInRange(204, 200, 299); // true
 * ```
 */
export function isStatusInRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'object' && value !== null) return Object.prototype.toString.call(value);
  return String(value);
}
