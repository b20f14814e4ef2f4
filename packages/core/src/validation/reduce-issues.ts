import { compareSegments, encodeSegment, segmentOf } from './json-pointer.js';
import {
  isArraySizeCode,
  knownValidationCode,
  precedenceOf,
  VALIDATION_DETAILS,
  type ValidationCode,
} from './validation-codes.js';
import type { ValidationError, ValidationIssue, ValidationLocation } from './validation-exception.js';
import { countWork } from './work-count.js';

/** An issue once reduced: its pointer, and the validator's message kept for the opt-in. */
export interface ReducedError extends ValidationError {
  readonly message: string | undefined;
}

/** What {@link reduceIssues} keeps: the first errors in the documented order, and how many more there were. */
export interface ReducedIssues {
  readonly errors: readonly ReducedError[];
  readonly omitted: number;
}

/** The locations in the order errors are sorted by. */
export const LOCATION_ORDER: readonly ValidationLocation[] = ['body', 'path', 'query', 'header'];

/** One value of the input: the issue kept for it, and the values inside it, by key. */
interface ValueNode {
  readonly pointer: string;
  readonly children: Map<string, ValueNode>;
  issue: ValidationIssue | undefined;
  code: ValidationCode;
}

/**
 * Reduces a validator's issues to one error per value (by the codes' precedence), drops what is inside an array
 * reported over or under its size limit, sorts by location then pointer segment by segment, and keeps the first
 * `maxErrors`. The issues are put in a tree of values, so the work is linear in the issues' paths, and n log n in
 * the sort of each value's keys: an attacker's body of 32,000 invalid items costs what the validator already paid.
 */
export function reduceIssues(issues: readonly ValidationIssue[], maxErrors: number): ReducedIssues {
  const roots = new Map<ValidationLocation, ValueNode>();
  for (const issue of issues) {
    const location = LOCATION_ORDER.includes(issue.in as ValidationLocation)
      ? (issue.in as ValidationLocation)
      : 'body';
    let node: ValueNode = roots.get(location) ?? valueNode('#');
    roots.set(location, node);
    for (const key of issue.path) {
      countWork();
      const segment = segmentOf(key);
      let child: ValueNode | undefined = node.children.get(segment);
      if (child === undefined) {
        child = valueNode(`${node.pointer}/${encodeSegment(segment)}`);
        node.children.set(segment, child);
      }
      node = child;
    }
    const code = knownValidationCode(issue.code);
    if (node.issue === undefined || precedenceOf(code) < precedenceOf(node.code)) {
      node.issue = issue;
      node.code = code;
    }
  }
  const errors: ReducedError[] = [];
  let omitted = 0;
  for (const location of LOCATION_ORDER) {
    const root = roots.get(location);
    // Depth-first, in order, without recursion: a body can nest tens of thousands of levels deep.
    const stack = root === undefined ? [] : [root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      countWork();
      if (node.issue !== undefined) {
        if (errors.length < maxErrors) errors.push(reducedError(node, location));
        else omitted++;
        if (isArraySizeCode(node.code)) continue;
      }
      const keys = [...node.children.keys()].sort((a, b) => {
        countWork();
        return compareSegments(b, a);
      });
      for (const key of keys) stack.push(node.children.get(key) as ValueNode);
    }
  }
  return { errors, omitted };
}

function valueNode(pointer: string): ValueNode {
  return { pointer, children: new Map(), issue: undefined, code: 'invalid' };
}

function reducedError(node: ValueNode, location: ValidationLocation): ReducedError {
  return {
    ...(location === 'body' ? {} : { in: location as Exclude<ValidationLocation, 'body'> }),
    pointer: node.pointer,
    code: node.code,
    detail: VALIDATION_DETAILS[node.code],
    message: typeof node.issue?.message === 'string' ? node.issue.message : undefined,
  };
}
