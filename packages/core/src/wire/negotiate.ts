/**
 * The two media types an error body can be sent as.
 *
 * @example
 * ```ts
 * const type: ProblemMediaType = negotiateProblemType(req.headers.accept);
 * ```
 */
export type ProblemMediaType = 'application/problem+json' | 'application/json';

const PROBLEM: ProblemMediaType = 'application/problem+json';
const JSON_TYPE: ProblemMediaType = 'application/json';
const CACHE_LIMIT = 256;
const CACHEABLE_LENGTH = 512;
const cache = new Map<string, ProblemMediaType>();
// How specific a media range is for our two types: 3 exact, 2 `application/*`, 1 `*/*`.
const SPECIFICITY = new Map([
  [PROBLEM, 3],
  [JSON_TYPE, 3],
  ['application/*', 2],
  ['*/*', 1],
]);

/**
 * Chooses the error body's media type by ordinary q-value negotiation (RFC 9110 §12.5.1): each type
 * takes the q of the most specific range that matches it. `application/json` wins only with a strictly
 * higher q; ties, a missing `Accept`, and an `Accept` that takes neither give `application/problem+json`,
 * never a 406.
 *
 * @example
 * ```ts
 * negotiateProblemType('application/json'); // 'application/json'
 * negotiateProblemType('application/json;q=0.5, application/problem+json'); // 'application/problem+json'
 * negotiateProblemType(undefined); // 'application/problem+json'
 * ```
 */
export function negotiateProblemType(accept: string | readonly string[] | null | undefined): ProblemMediaType {
  if (accept === undefined || accept === null) return PROBLEM;
  const header = typeof accept === 'string' ? accept : accept.join(',');
  if (header === '' || header === '*/*') return PROBLEM;
  const cached = cache.get(header);
  if (cached !== undefined) return cached;
  const chosen = choose(header);
  if (header.length <= CACHEABLE_LENGTH) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(header, chosen);
  }
  return chosen;
}

function choose(header: string): ProblemMediaType {
  let problemSpecificity = 0;
  let problemQ = 0;
  let jsonSpecificity = 0;
  let jsonQ = 0;
  for (const range of header.split(',')) {
    const semicolon = range.indexOf(';');
    const mediaRange = (semicolon === -1 ? range : range.slice(0, semicolon)).trim().toLowerCase();
    const specificity = SPECIFICITY.get(mediaRange);
    if (specificity === undefined) continue;
    const q = semicolon === -1 ? 1 : qualityOf(range.slice(semicolon + 1));
    if (mediaRange !== 'application/json' && specificity > problemSpecificity) {
      problemSpecificity = specificity;
      problemQ = q;
    }
    if (mediaRange !== 'application/problem+json' && specificity > jsonSpecificity) {
      jsonSpecificity = specificity;
      jsonQ = q;
    }
  }
  return jsonQ > problemQ ? JSON_TYPE : PROBLEM;
}

function qualityOf(parameters: string): number {
  for (const parameter of parameters.split(';')) {
    const equals = parameter.indexOf('=');
    if (equals === -1 || parameter.slice(0, equals).trim().toLowerCase() !== 'q') continue;
    const q = Number(parameter.slice(equals + 1).trim());
    return Number.isFinite(q) && q >= 0 && q <= 1 ? q : 0;
  }
  return 1;
}
