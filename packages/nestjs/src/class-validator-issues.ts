import { createRequire } from 'node:module';
import type { ValidationIssue } from '@httpwire/core';
import { codeOfConstraint } from './class-validator-codes.js';

/** The part of class-validator's `ValidationError` httpwire reads. */
export interface ClassValidatorError {
  property: string;
  value?: unknown;
  target?: object | undefined;
  constraints?: Record<string, string> | undefined;
  children?: readonly ClassValidatorError[] | undefined;
}

interface ValidationMetadata {
  propertyName: string;
  name?: string | undefined;
  each?: boolean | undefined;
  constraints?: unknown[] | undefined;
}

interface ClassValidatorModule {
  getMetadataStorage(): {
    getTargetValidationMetadatas(
      target: abstract new (...args: never[]) => unknown,
      schema: string,
      always: boolean,
      strictGroups: boolean,
    ): ValidationMetadata[];
  };
  [check: string]: unknown;
}

let classValidator: ClassValidatorModule | null | undefined;

/** The app's class-validator (an optional peer), for its metadata and its checks; `null` without it. */
function loadClassValidator(): ClassValidatorModule | null {
  if (classValidator === undefined) {
    try {
      classValidator = createRequire(import.meta.url)('class-validator') as ClassValidatorModule;
    } catch {
      classValidator = null;
    }
  }
  return classValidator;
}

/**
 * class-validator's `ValidationError` tree (what `ValidationPipe` hands an `exceptionFactory`) as validation
 * issues: nested objects and arrays as paths, each constraint mapped to httpwire's vocabulary. A constraint with
 * `{ each: true }` that failed (`@IsString({ each: true })`) names only the array; httpwire runs class-validator's
 * own check on each item again to point at the ones that fail.
 */
export function issuesFromClassValidator(
  errors: readonly ClassValidatorError[],
  path: readonly PropertyKey[] = [],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  collectIssues(errors, [...path], issues, new Map());
  return issues;
}

type MetadataCache = Map<unknown, ValidationMetadata[]>;

/** Walks the tree with one path that grows and shrinks, so each issue's path is copied once, however deep. */
function collectIssues(
  errors: readonly ClassValidatorError[],
  path: PropertyKey[],
  issues: ValidationIssue[],
  cache: MetadataCache,
): void {
  for (const error of errors) {
    path.push(error.property);
    for (const [name, message] of Object.entries(error.constraints ?? {})) {
      const metadata = metadataOf(error, name, cache);
      const items = metadata?.each === true ? failingItems(error.value, name, metadata.constraints) : undefined;
      if (items === undefined) {
        issues.push({ path: [...path], code: codeOfConstraint(name, error.value, metadata?.constraints), message });
        continue;
      }
      for (const index of items) {
        const item = (error.value as unknown[])[index];
        issues.push({ path: [...path, index], code: codeOfConstraint(name, item, metadata?.constraints), message });
      }
    }
    if (error.children !== undefined && error.children.length > 0) collectIssues(error.children, path, issues, cache);
    path.pop();
  }
}

/** A constraint's metadata; each class's list is read once per request, whatever the number of errors. */
function metadataOf(error: ClassValidatorError, name: string, cache: MetadataCache): ValidationMetadata | undefined {
  const target = error.target?.constructor as (abstract new (...args: never[]) => unknown) | undefined;
  const storage = loadClassValidator()?.getMetadataStorage();
  if (typeof target !== 'function' || storage === undefined) return undefined;
  let metadatas = cache.get(target);
  if (metadatas === undefined) {
    metadatas = storage.getTargetValidationMetadatas(target, '', true, false);
    cache.set(target, metadatas);
  }
  return metadatas.find((metadata) => metadata.propertyName === error.property && metadata.name === name);
}

/** The indices of an array's items that fail class-validator's check `name`, or `undefined` if it cannot tell. */
function failingItems(value: unknown, name: string, constraints: unknown[] | undefined): number[] | undefined {
  const check = loadClassValidator()?.[name];
  if (!Array.isArray(value) || typeof check !== 'function') return undefined;
  const failing: number[] = [];
  for (const [index, item] of value.entries()) {
    if ((check as (...args: unknown[]) => unknown)(item, ...(constraints ?? [])) !== true) failing.push(index);
  }
  return failing.length === 0 ? undefined : failing;
}
