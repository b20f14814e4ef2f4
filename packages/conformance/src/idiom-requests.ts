import type { IdiomCase } from './idiom-suite.js';
import type { RawRequest } from './raw-http.js';

/**
 * A GET request for an idiom case.
 *
 * @example
 * ```ts
 * const request = idiomGet('/cors/ok', { Origin: 'https://app.example' });
 * ```
 */
export function idiomGet(path: string, headers: Record<string, string> = {}): RawRequest {
  return { method: 'GET', path, headers };
}

/**
 * A `multipart/form-data` upload of one text file in the field `file`.
 *
 * @example
 * ```ts
 * const request = multipartUpload('/upload', 'small');
 * ```
 */
export function multipartUpload(path: string, content: string): RawRequest {
  const boundary = 'httpwire-boundary';
  return {
    method: 'POST',
    path,
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body: [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="a.txt"',
      'Content-Type: text/plain',
      '',
      content,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  };
}

/** The origin the CORS cases send, which the apps' CORS plugin allows. */
export const IDIOM_ORIGIN = 'https://app.example';

/**
 * The cases of the header plugins every framework has (CORS, compression, helmet), served by each app under
 * `/cors/{ok,fail}`, `/compressed/{big,fail}` and `/helmet/{ok,fail}`: successes left alone, errors as
 * problems that keep the plugin's headers. `names` are the plugins as the framework's users know them.
 *
 * @example
 * ```ts
 * const cases = headerPluginCases({ cors: 'cors', compression: 'compression', helmet: 'helmet' });
 * ```
 */
export function headerPluginCases(names: { cors: string; compression: string; helmet: string }): IdiomCase[] {
  const origin = { Origin: IDIOM_ORIGIN };
  const gzip = { 'Accept-Encoding': 'gzip' };
  return [
    {
      name: `${names.cors}: preflight`,
      request: { method: 'OPTIONS', path: '/cors/ok', headers: { ...origin, 'Access-Control-Request-Method': 'GET' } },
      outcome: 'same',
    },
    { name: `${names.cors}: a simple request`, request: idiomGet('/cors/ok', origin), outcome: 'same' },
    {
      name: `${names.cors}: an error keeps the CORS headers`,
      request: idiomGet('/cors/fail', origin),
      outcome: 403,
      keepHeaders: ['access-control-allow-origin', 'vary'],
    },
    {
      name: `${names.compression}: a large returned value, gzipped`,
      request: idiomGet('/compressed/big', gzip),
      outcome: 'same',
    },
    { name: `${names.compression}: an error`, request: idiomGet('/compressed/fail', gzip), outcome: 404 },
    { name: `${names.helmet}: a success`, request: idiomGet('/helmet/ok'), outcome: 'same' },
    {
      name: `${names.helmet}: an error keeps its headers`,
      request: idiomGet('/helmet/fail'),
      outcome: 400,
      keepHeaders: ['content-security-policy', 'strict-transport-security', 'x-frame-options'],
    },
  ];
}
