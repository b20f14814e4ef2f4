import type { MemberSchema } from './json-schema.js';

/** Enough mismatches to say what is wrong; a hostile value can have millions. */
const MAX_MISMATCHES = 5;

/**
 * Where a problem's extension members differ from the JSON Schemas its type declares, as sentences (`[]` when they
 * match): a member the type does not declare, a value of another type, a value outside its `enum`, a declared member
 * missing when `complete` is set, and the same inside arrays and objects (whose undeclared properties count too).
 * `format` is an annotation, as JSON Schema's default vocabulary has it, and is not checked. The work is linear in
 * the size of the members.
 *
 * @example
 * ```ts
 * problemMemberMismatches(OutOfCredit.definition.extensions, { balance: 'thirty' }, { complete: true });
 * // ['balance: expected a number', 'accounts: missing']
 * ```
 */
export function problemMemberMismatches(
  schemas: Readonly<Record<string, MemberSchema>> | undefined,
  members: Readonly<Record<string, unknown>> | undefined,
  options?: { readonly complete?: boolean | undefined },
): string[] {
  const mismatches: string[] = [];
  checkObject(schemas ?? {}, members ?? {}, options?.complete === true ? [] : undefined, '', mismatches);
  return mismatches.slice(0, MAX_MISMATCHES);
}

/** `optional` lists the names that may be missing; `undefined` for all of them. */
function checkObject(
  schemas: Readonly<Record<string, MemberSchema>>,
  value: Readonly<Record<string, unknown>>,
  optional: readonly string[] | undefined,
  where: string,
  mismatches: string[],
): void {
  for (const name of Object.keys(value)) {
    if (mismatches.length >= MAX_MISMATCHES) return;
    if (!Object.hasOwn(schemas, name)) mismatches.push(`${where}${name}: not declared`);
  }
  for (const [name, schema] of Object.entries(schemas)) {
    if (mismatches.length >= MAX_MISMATCHES) return;
    if (!Object.hasOwn(value, name) || value[name] === undefined) {
      if (optional !== undefined && !optional.includes(name)) mismatches.push(`${where}${name}: missing`);
      continue;
    }
    checkValue(schema, value[name], `${where}${name}`, mismatches);
  }
}

function checkValue(schema: MemberSchema, value: unknown, where: string, mismatches: string[]): void {
  if (mismatches.length >= MAX_MISMATCHES) return;
  const expected = mismatchOf(schema, value);
  if (expected !== undefined) {
    mismatches.push(`${where}: expected ${expected}`);
    return;
  }
  if (schema.type === 'array') {
    const items = value as unknown[];
    for (let index = 0; index < items.length && mismatches.length < MAX_MISMATCHES; index++) {
      checkValue(schema.items, items[index], `${where}[${index}]`, mismatches);
    }
  } else if (schema.type === 'object') {
    const required = schema.required ?? [];
    const optional = Object.keys(schema.properties).filter((name) => !required.includes(name));
    checkObject(schema.properties, value as Record<string, unknown>, optional, `${where}.`, mismatches);
  }
}

/** What the value should have been, or `undefined` when its own type and `enum` fit. */
function mismatchOf(schema: MemberSchema, value: unknown): string | undefined {
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return 'a string';
      return schema.enum === undefined || schema.enum.includes(value) ? undefined : `one of ${schema.enum.join(', ')}`;
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'a number';
      if (schema.type === 'integer' && !Number.isInteger(value)) return 'an integer';
      return schema.enum === undefined || schema.enum.includes(value) ? undefined : `one of ${schema.enum.join(', ')}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'a boolean';
    case 'array':
      return Array.isArray(value) ? undefined : 'an array';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : 'an object';
    default:
      return undefined;
  }
}
