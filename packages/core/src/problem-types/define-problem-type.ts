import { HttpException, type HttpExceptionOptions, isHttpException } from '../exceptions/http-exception.js';
import { isStatusInRange } from '../status/status-range.js';
import type { ExtensionsOf, MemberSchema } from './json-schema.js';
import { problemMemberMismatches } from './member-mismatches.js';

/** Set by a problem type's constructor to its `type` URI: what `instanceof` reads, across copies of httpwire. */
const PROBLEM_TYPE_BRAND = Symbol.for('httpwire.problemType');

/**
 * A problem type: what RFC 9457 §3.1.1 calls a `type`, with everything httpwire sends for it.
 *
 * @example
 * ```ts
 * const definition: ProblemTypeDefinition = {
 *   type: 'https://example.com/probs/out-of-credit', status: 403,
 *   title: 'You do not have enough credit.', code: 'OUT_OF_CREDIT',
 * };
 * ```
 */
export interface ProblemTypeDefinition {
  /** The `type` URI: it names the problem type, on the wire and across copies of httpwire. Not `about:blank`. */
  readonly type: string;
  /** An error status, 400 to 599. */
  readonly status: number;
  /** The `title`, the same for every occurrence. */
  readonly title: string;
  /** The `code`. */
  readonly code: string;
  /** The extension members, as JSON Schemas in the order they are written; write it `as const` for their types. */
  readonly extensions?: Readonly<Record<string, MemberSchema>> | undefined;
  /** Whether `detail` and the extension members reach the client. Default: `true` below 500. */
  readonly expose?: boolean | undefined;
  /** The class's name. Default: from `code`, `OUT_OF_CREDIT` → `OutOfCreditException`. */
  readonly name?: string | undefined;
}

/**
 * Options of a problem type's exception: its extension members (all of them), an `instance`, and what any
 * exception takes, except what the type fixes.
 *
 * @example
 * ```ts
 * new OutOfCredit('Your current balance is 30, but that costs 50.', { instance: '/account/12345/msgs/abc', extensions: { balance: 30, accounts: [] } });
 * ```
 */
export type ProblemOptions<Definition extends ProblemTypeDefinition> = Omit<
  HttpExceptionOptions,
  'status' | 'title' | 'type' | 'code' | 'extensions'
> &
  (Definition['extensions'] extends Readonly<Record<string, MemberSchema>>
    ? { extensions: ExtensionsOf<Definition['extensions']> }
    : { extensions?: undefined });

/**
 * An exception of a problem type: its `code` and extension members are typed.
 *
 * @example
 * ```ts
 * function balanceOf(error: ProblemException<typeof OutOfCredit.definition>) { return error.extensions.balance; }
 * ```
 */
export type ProblemException<Definition extends ProblemTypeDefinition> = HttpException & {
  readonly code: Definition['code'];
  readonly type: Definition['type'];
  readonly extensions: Definition['extensions'] extends Readonly<Record<string, MemberSchema>>
    ? IsExposed<Definition> extends true
      ? ExtensionsOf<Definition['extensions']>
      : Partial<ExtensionsOf<Definition['extensions']>>
    : undefined;
};

/**
 * Whether a type's members reach the client, and so are there when `@httpwire/client` reads one back: `expose`,
 * or else a 4xx status. An exception read from an unexposed problem has no extension members.
 */
type IsExposed<Definition extends ProblemTypeDefinition> = Definition['expose'] extends boolean
  ? Definition['expose']
  : `${Definition['status']}` extends `4${string}`
    ? true
    : false;

/**
 * The class `defineProblemType` makes: throw it anywhere; `instanceof` recognises exceptions made by this class, or
 * by the class of the same `type` URI and status in another copy of httpwire.
 *
 * @example
 * ```ts
 * const OutOfCredit: ProblemTypeClass<typeof definition> = defineProblemType(definition);
 * ```
 */
export interface ProblemTypeClass<Definition extends ProblemTypeDefinition> {
  new (message?: string, ...options: OptionsArgument<Definition>): ProblemException<Definition>;
  readonly status: number;
  readonly definition: Definition;
  [Symbol.hasInstance](value: unknown): boolean;
}

/**
 * Any class `defineProblemType` made, whatever its definition: what a list of problem types is typed with.
 *
 * @example
 * ```ts
 * const types: readonly AnyProblemType[] = [OutOfCredit, Maintenance];
 * ```
 */
export interface AnyProblemType {
  readonly status: number;
  readonly definition: ProblemTypeDefinition;
  readonly prototype: HttpException;
  [Symbol.hasInstance](value: unknown): boolean;
}

type OptionsArgument<Definition extends ProblemTypeDefinition> =
  Definition['extensions'] extends Readonly<Record<string, MemberSchema>>
    ? [options: ProblemOptions<Definition>]
    : [options?: ProblemOptions<Definition>];

/**
 * Defines a problem type once: its `type` URI, status, title, code and typed extension members. The class it
 * returns is an `HttpException`; its problems carry the extension members at the top level (RFC 9457 §3.2).
 * `@httpwire/client` reads them back into the same class, and the OpenAPI helpers describe them.
 *
 * The schemas are checked, not only typed: the constructor throws a `TypeError` when the extension members are not
 * what the type declares (a member it does not declare, a value of another type or outside its `enum`, or, when the
 * exception is exposed, a declared member missing), so nothing goes out under the type that its OpenAPI schema
 * does not promise. Thrown in a handler, that `TypeError` is a reported 500.
 *
 * @example
 * ```ts
 * const OutOfCredit = defineProblemType({
 *   type: 'https://example.com/probs/out-of-credit',
 *   status: 403,
 *   title: 'You do not have enough credit.',
 *   code: 'OUT_OF_CREDIT',
 *   extensions: { balance: { type: 'number' }, accounts: { type: 'array', items: { type: 'string' } } },
 * } as const);
 * throw new OutOfCredit('Your current balance is 30, but that costs 50.', {
 *   instance: '/account/12345/msgs/abc',
 *   extensions: { balance: 30, accounts: ['/account/12345', '/account/67890'] },
 * });
 * ```
 */
export function defineProblemType<const Definition extends ProblemTypeDefinition>(
  definition: Definition,
): ProblemTypeClass<Definition> {
  if (typeof definition.type !== 'string' || definition.type === '' || definition.type === 'about:blank') {
    throw new TypeError('A problem type needs a `type` URI of its own (not "about:blank")');
  }
  if (!isStatusInRange(definition.status, 400, 599)) {
    throw new TypeError(`A problem type's status must be an integer from 400 to 599, got ${String(definition.status)}`);
  }
  const { type, status, title, code, expose } = definition;
  const ProblemType = class extends HttpException {
    static override status = status;
    static readonly definition = definition;

    constructor(message?: string, options?: HttpExceptionOptions) {
      // A type with members always has its `extensions` object, even read back without them (see IsExposed).
      const extensions = options?.extensions ?? (definition.extensions === undefined ? undefined : {});
      super(message, { ...options, extensions, status, title, type, code, expose: options?.expose ?? expose });
      const mismatches = problemMemberMismatches(definition.extensions, this.extensions, { complete: this.expose });
      if (mismatches.length > 0) {
        throw new TypeError(
          `${ProblemType.name}'s extension members are not what its type declares: ${mismatches.join('; ')}`,
        );
      }
      Object.defineProperty(this, PROBLEM_TYPE_BRAND, { value: type });
    }

    /**
     * An exception made by this problem type's class, from this copy of httpwire or another (the same `type` URI
     * and status): an exception that only names the URI, as any upstream can, is not one.
     */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return (
        isHttpException(value) &&
        (value as { [PROBLEM_TYPE_BRAND]?: unknown })[PROBLEM_TYPE_BRAND] === type &&
        value.status === status
      );
    }
  };
  Object.defineProperty(ProblemType, 'name', { value: definition.name ?? classNameOf(code) });
  return ProblemType as unknown as ProblemTypeClass<Definition>;
}

function classNameOf(code: string): string {
  const words = code
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return `${words.map((word) => word[0]?.toUpperCase() + word.slice(1)).join('')}Exception`;
}
