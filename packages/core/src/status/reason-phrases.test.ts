import { describe, expect, it } from 'vitest';
import { errorCodeFor, reasonPhrase } from './reason-phrases.js';

describe('reasonPhrase', () => {
  it.each([
    [200, 'OK'],
    [204, 'No Content'],
    [302, 'Found'],
    [413, 'Content Too Large'],
    [416, 'Range Not Satisfiable'],
    [418, "I'm a teapot"],
    [422, 'Unprocessable Content'],
    [503, 'Service Unavailable'],
  ])('names %i "%s" as RFC 9110 and the IANA registry do', (status, phrase) => {
    expect(reasonPhrase(status)).toBe(phrase);
  });

  it('names unregistered codes after their class', () => {
    expect(reasonPhrase(299)).toBe('Successful');
    expect(reasonPhrase(399)).toBe('Redirection');
    expect(reasonPhrase(499)).toBe('Client Error');
    expect(reasonPhrase(599)).toBe('Server Error');
  });
});

describe('errorCodeFor', () => {
  it('derives SCREAMING_SNAKE_CASE codes from the phrase', () => {
    expect(errorCodeFor(404)).toBe('NOT_FOUND');
    expect(errorCodeFor(418)).toBe('IM_A_TEAPOT');
    expect(errorCodeFor(203)).toBe('NON_AUTHORITATIVE_INFORMATION');
    expect(errorCodeFor(499)).toBe('CLIENT_ERROR');
  });
});
