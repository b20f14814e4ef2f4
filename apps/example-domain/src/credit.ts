import { defineProblemType } from '@httpwire/core';

/** RFC 9457 §3's own example: a problem type with two extension members. */
export const OutOfCreditException = defineProblemType({
  type: 'https://example.com/probs/out-of-credit',
  status: 403,
  title: 'You do not have enough credit.',
  code: 'OUT_OF_CREDIT',
  extensions: {
    balance: { type: 'number', description: 'The current balance.' },
    accounts: { type: 'array', items: { type: 'string' }, description: 'The accounts that could pay.' },
  },
} as const);

/** `GET /credit`: throws RFC 9457 §3's out-of-credit problem, with its members and values. */
export function outOfCredit(): never {
  throw new OutOfCreditException('Your current balance is 30, but that costs 50.', {
    instance: '/account/12345/msgs/abc',
    extensions: { balance: 30, accounts: ['/account/12345', '/account/67890'] },
  });
}
