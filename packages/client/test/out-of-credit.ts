import { defineProblemType } from '@httpwire/core';

/** RFC 9457 §3's example problem type, as the client's tests read it back. */
export const OutOfCredit = defineProblemType({
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'You do not have enough credit.',
  code: 'OUT_OF_CREDIT',
  extensions: { balance: { type: 'number' }, accounts: { type: 'array', items: { type: 'string' } } },
} as const);
