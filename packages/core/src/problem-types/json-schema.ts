/**
 * The part of JSON Schema a problem type's extension members are described with: enough for OpenAPI 3.0 and 3.1
 * documents, and for httpwire to infer the members' TypeScript types from a schema written `as const`.
 *
 * @example
 * ```ts
 * const balance: MemberSchema = { type: 'number', description: 'The balance, in cents.' };
 * ```
 */
export type MemberSchema =
  | {
      readonly type: 'string';
      readonly format?: string;
      readonly enum?: readonly string[];
      readonly description?: string;
    }
  | { readonly type: 'number' | 'integer'; readonly enum?: readonly number[]; readonly description?: string }
  | { readonly type: 'boolean'; readonly description?: string }
  | { readonly type: 'array'; readonly items: MemberSchema; readonly description?: string }
  | {
      readonly type: 'object';
      readonly properties: Readonly<Record<string, MemberSchema>>;
      readonly required?: readonly string[];
      readonly description?: string;
    };

/**
 * The TypeScript type a {@link MemberSchema} describes.
 *
 * @example
 * ```ts
 * type Accounts = MemberType<{ type: 'array'; items: { type: 'string' } }>; // string[]
 * ```
 */
export type MemberType<Schema> = Schema extends { readonly enum: readonly (infer Value)[] }
  ? Value
  : Schema extends { readonly type: 'string' }
    ? string
    : Schema extends { readonly type: 'number' | 'integer' }
      ? number
      : Schema extends { readonly type: 'boolean' }
        ? boolean
        : Schema extends { readonly type: 'array'; readonly items: infer Items }
          ? MemberType<Items>[]
          : Schema extends { readonly type: 'object'; readonly properties: infer Properties }
            ? ObjectType<Properties, Schema extends { readonly required: readonly (infer Key)[] } ? Key : never>
            : unknown;

type ObjectType<Properties, Required> = {
  [Key in keyof Properties as Key extends Required ? Key : never]: MemberType<Properties[Key]>;
} & {
  [Key in keyof Properties as Key extends Required ? never : Key]?: MemberType<Properties[Key]>;
};

/**
 * The extension members of a problem type whose schemas are `Schemas`.
 *
 * @example
 * ```ts
 * type Credit = ExtensionsOf<{ balance: { type: 'number' } }>; // { balance: number }
 * ```
 */
export type ExtensionsOf<Schemas> = { -readonly [Name in keyof Schemas]: MemberType<Schemas[Name]> };
