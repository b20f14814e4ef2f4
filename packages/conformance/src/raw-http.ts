import { connect } from 'node:net';

/** A request to send byte for byte. `Host` is added (unless `omitHost`); `Content-Length` too when a body is given without one. */
export interface RawRequest {
  method: string;
  path: string;
  headers?: Readonly<Record<string, string>>;
  body?: string | Uint8Array;
  /**
   * After the response, find out from events whether the server closes the connection, never from a quiet moment:
   * a follow-up request (`followUp`, by default a `GET` of the same path) goes out on the same connection, and the
   * server either closes it (`closedByServer: true`) or answers the follow-up (`closedByServer: false`, its answer
   * in the response's `followUp`: the positive proof that the connection stayed open). If neither happens within
   * 20 s, `closedByServer` is `false` and `followUp` is absent.
   */
  observeClose?: boolean;
  /** The request `observeClose` sends on the same connection after the response; giving one implies `observeClose`. */
  followUp?: Omit<RawRequest, 'observeClose' | 'followUp'>;
  /** Send no `Host` header. */
  omitHost?: boolean;
  /** The protocol version of the request line. Default: `1.1`. */
  httpVersion?: '1.0' | '1.1';
}

/** One HTTP/1.1 response as it crossed the wire. */
export interface RawResponse {
  statusLine: string;
  status: number;
  /** Header lines in wire order, names as sent. */
  headers: [name: string, value: string][];
  /** The body, de-chunked. */
  body: Buffer;
  /** The payload of each HTTP chunk, when the body was chunked. */
  chunks: Buffer[] | undefined;
  /** Whether the framing completed: all `content-length` bytes, or the terminating zero-length chunk. */
  complete: boolean;
  /**
   * Whether the server closed the connection: after the response, when `observeClose` watched for it (without it,
   * a close after a complete response is not waited for); before the response was complete, to end a body framed by
   * the close or to cut one.
   */
  closedByServer: boolean;
  /** With `observeClose`: the server's answer to the follow-up request on the same connection, when it kept it open. */
  followUp?: RawResponse;
}

/**
 * How long a response, and then with `observeClose` the server's close or answer to the follow-up, may take. Generous,
 * for a machine loaded by other work: only a server that never answers waits it out, and it fails either way.
 */
const RESPONSE_TIMEOUT_MS = 20_000;
const CLOSE_OR_ANSWER_TIMEOUT_MS = 20_000;

/**
 * Sends one request over a fresh TCP connection and parses the response from the raw bytes, so that
 * tests see exactly what a client sees: header order and case, chunk boundaries, cut connections.
 *
 * @example
 * ```ts
 * const response = await rawRequest(port, { method: 'GET', path: '/entities/1' });
 * const rejected = await rawRequest(port, { method: 'POST', path: '/predict', body: '{', observeClose: true });
 * rejected.closedByServer; // true: the server closed the connection instead of answering a follow-up on it
 * ```
 */
export function rawRequest(port: number, request: RawRequest, host = '127.0.0.1'): Promise<RawResponse> {
  const followUp = request.followUp ?? (request.observeClose ? { method: 'GET', path: request.path } : undefined);
  return new Promise((resolve, reject) => {
    const socket = connect(port, host);
    const parser = new ResponseParser(request.method === 'HEAD');
    /** The follow-up's answer, once the follow-up went out. */
    let next: ResponseParser | undefined;
    let settled = false;
    let timer = setTimeout(
      () => finish(new Error(`no complete response to ${request.method} ${request.path} in ${RESPONSE_TIMEOUT_MS} ms`)),
      RESPONSE_TIMEOUT_MS,
    );

    function finish(error?: Error): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const response = parser.result();
      const answer = next?.result();
      if (response === undefined) reject(error ?? new Error(`connection closed before a response to ${request.path}`));
      else resolve(answer === undefined ? response : { ...response, followUp: answer });
    }

    function onServerClose(): void {
      if (settled) return;
      // A close after the server began to answer the follow-up ends that answer: the first response's connection
      // had stayed open.
      if (next === undefined || !next.started) parser.closed = true;
      if (next !== undefined) next.closed = true;
      finish();
    }

    function sendFollowUp(request: Omit<RawRequest, 'observeClose' | 'followUp'>): void {
      next = new ResponseParser(request.method === 'HEAD');
      clearTimeout(timer);
      timer = setTimeout(() => finish(), CLOSE_OR_ANSWER_TIMEOUT_MS);
      socket.write(serialize(request, host, port));
      const rest = parser.rest();
      if (rest.byteLength > 0) next.push(rest);
      if (next.complete) finish();
    }

    socket.on('connect', () => socket.write(serialize(request, host, port)));
    socket.on('data', (data: Buffer) => {
      if (next !== undefined) {
        next.push(data);
        if (next.complete) finish();
        return;
      }
      parser.push(data);
      if (!parser.complete) return;
      if (followUp === undefined) finish();
      else sendFollowUp(followUp);
    });
    socket.on('end', onServerClose);
    socket.on('close', onServerClose);
    socket.on('error', onServerClose);
  });
}

function serialize(request: RawRequest, host: string, port: number): Buffer {
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const headers: Record<string, string> = request.omitHost
    ? { ...request.headers }
    : { Host: `${host}:${port}`, ...request.headers };
  if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
    headers['Content-Length'] = String(body.byteLength);
  }
  const head = `${request.method} ${request.path} HTTP/${request.httpVersion ?? '1.1'}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
  return body === undefined ? Buffer.from(head, 'latin1') : Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

class ResponseParser {
  closed = false;
  complete = false;
  private buffer = Buffer.alloc(0);
  private head: { statusLine: string; headers: [string, string][] } | undefined;
  private readonly body: Buffer[] = [];
  private chunks: Buffer[] | undefined;
  private remaining = 0;
  private mode: 'length' | 'chunked' | 'close' | 'none' = 'none';

  constructor(private readonly isHead: boolean) {}

  /** Whether any byte of the response arrived. */
  get started(): boolean {
    return this.head !== undefined || this.buffer.byteLength > 0;
  }

  push(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    if (this.head === undefined && !this.parseHead()) return;
    this.parseBody();
  }

  /** The bytes past a complete response: the start of the next one on the connection. */
  rest(): Buffer {
    return this.complete ? this.buffer : Buffer.alloc(0);
  }

  result(): RawResponse | undefined {
    if (this.head === undefined) return undefined;
    if (this.mode === 'close') this.body.push(this.buffer);
    const [, status = '0'] = this.head.statusLine.split(' ');
    return {
      statusLine: this.head.statusLine,
      status: Number(status),
      headers: this.head.headers,
      body: Buffer.concat(this.body),
      chunks: this.chunks,
      complete: this.complete || (this.mode === 'close' && this.closed),
      closedByServer: this.closed,
    };
  }

  private parseHead(): boolean {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end === -1) return false;
    const [statusLine = '', ...lines] = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
    const headers = lines.map((line): [string, string] => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), line.slice(colon + 1).trim()];
    });
    this.head = { statusLine, headers };
    this.buffer = this.buffer.subarray(end + 4);
    const status = Number(statusLine.split(' ')[1]);
    const find = (name: string) => headers.find(([key]) => key.toLowerCase() === name)?.[1];
    if (this.isHead || status === 204 || status === 304 || (status >= 100 && status < 200)) {
      this.mode = 'none';
      this.complete = true;
    } else if (find('transfer-encoding')?.toLowerCase() === 'chunked') {
      this.mode = 'chunked';
      this.chunks = [];
    } else if (find('content-length') !== undefined) {
      this.mode = 'length';
      this.remaining = Number(find('content-length'));
      this.complete = this.remaining === 0;
    } else {
      this.mode = 'close';
    }
    return true;
  }

  private parseBody(): void {
    if (this.mode === 'length' && !this.complete) {
      const take = this.buffer.subarray(0, this.remaining);
      this.body.push(take);
      this.remaining -= take.byteLength;
      this.buffer = this.buffer.subarray(take.byteLength);
      this.complete = this.remaining === 0;
    }
    while (this.mode === 'chunked' && !this.complete) {
      const lineEnd = this.buffer.indexOf('\r\n');
      if (lineEnd === -1) return;
      const size = Number.parseInt(this.buffer.subarray(0, lineEnd).toString('latin1'), 16);
      if (this.buffer.byteLength < lineEnd + 2 + size + 2) return;
      const payload = this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size);
      this.buffer = this.buffer.subarray(lineEnd + 2 + size + 2);
      if (size === 0) {
        this.complete = true;
        return;
      }
      this.body.push(payload);
      this.chunks?.push(payload);
    }
  }
}

/**
 * The value of a response header by its name in any case, or `undefined`.
 *
 * @example
 * ```ts
 * responseHeader(response, 'content-type'); // 'application/problem+json'
 * ```
 */
export function responseHeader(response: RawResponse, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return response.headers.find(([key]) => key.toLowerCase() === wanted)?.[1];
}
