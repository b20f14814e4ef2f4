import { issuesFromStandardSchema } from './standard-schema-issues.js';
import { ValidationException, type ValidationLocation } from './validation-exception.js';

/**
 * The Standard Schema v1 interface (standardschema.dev), which zod 4, valibot 1, arktype 2 and others implement.
 * Copied here, as the spec intends, so that core depends on nothing.
 *
 * @example
 * ```ts
 * const schema: StandardSchemaV1<unknown, { name: string }> = z.object({ name: z.string() });
 * ```
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardSchemaV1Result<Output> | Promise<StandardSchemaV1Result<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * What a Standard Schema's `validate` returns: the value, or the issues.
 *
 * @example
 * ```ts
 * const result: StandardSchemaV1Result<number> = { value: 42 };
 * ```
 */
export type StandardSchemaV1Result<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly StandardSchemaV1Issue[] };

/**
 * One issue a Standard Schema reports. Validators add their own members (a code, the expected type), which
 * httpwire reads to map the issue to its own vocabulary.
 *
 * @example
 * ```ts
 * const issue: StandardSchemaV1Issue = { message: 'Required', path: ['name'] };
 * ```
 */
export interface StandardSchemaV1Issue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/**
 * The output type of a Standard Schema.
 *
 * @example
 * ```ts
 * type Widget = StandardSchemaV1Output<typeof WidgetSchema>;
 * ```
 */
export type StandardSchemaV1Output<Schema extends StandardSchemaV1> = NonNullable<
  Schema['~standard']['types']
>['output'];

/**
 * Options of {@link validate}.
 *
 * @example
 * ```ts
 * await validate(Query, req.query, { in: 'query' });
 * ```
 */
export interface ValidateOptions {
  /** Where the value came from: the body (default), a path parameter, the query string or a header. */
  in?: ValidationLocation | undefined;
}

/**
 * Validates a value with any Standard Schema validator (zod 4, valibot 1, arktype 2, …) and returns its output,
 * or throws a {@link ValidationException}: a 422 problem with one entry per invalid value in `errors`, the
 * same bytes whichever validator found them. The validator's issues are mapped to httpwire's
 * {@link ValidationCode}s; its own messages are sent only with the `validationDetail: 'validator'` option.
 *
 * @example
 * ```ts
 * const Widget = z.object({ name: z.string().min(1), price: z.number().positive() });
 * app.post('/widgets', async (req, res) => {
 *   const widget = await validate(Widget, req.body); // a 422 problem when invalid
 *   res.status(201).json({ created: widget.name });
 * });
 * ```
 */
export async function validate<Schema extends StandardSchemaV1>(
  schema: Schema,
  value: unknown,
  options?: ValidateOptions,
): Promise<StandardSchemaV1Output<Schema>> {
  const standard = (schema as Partial<StandardSchemaV1>)?.['~standard'];
  if (standard?.version !== 1 || typeof standard.validate !== 'function') {
    throw new TypeError('validate() needs a Standard Schema v1 (a zod, valibot or arktype schema, for instance)');
  }
  const result = await standard.validate(value);
  if (result.issues === undefined) return result.value as StandardSchemaV1Output<Schema>;
  throw new ValidationException(issuesFromStandardSchema(standard.vendor, result.issues, value, options?.in));
}
