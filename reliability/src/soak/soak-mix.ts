import { catalogue } from '@httpwire/conformance';

/** One request of the soak's mix, with the status it must get. */
export interface SoakRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  status: number;
}

/**
 * The route catalogue as a load mix: successes, errors, foreign errors, crashes and rejected bodies, every
 * `Accept` variant. Left out: cut streams (a load generator counts the cut as a socket error, by design),
 * HEAD (autocannon's parser waits for a body), and rejected bodies, which close the connection by design:
 * autocannon restarts its request sequence on the new connection, so it would pair responses with the
 * wrong requests. The hostile-input suite covers those.
 */
export function soakMix(): SoakRequest[] {
  return catalogue()
    .filter((entry) => entry.cutAfter === undefined && entry.method !== 'HEAD' && entry.rejectsBody !== true)
    .map((entry) => ({
      method: entry.method,
      path: entry.path,
      headers: { ...entry.headers },
      ...(typeof entry.body === 'string' ? { body: entry.body } : {}),
      status: entry.status,
    }));
}
