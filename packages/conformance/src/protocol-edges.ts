import { connect } from 'node:net';
import { type RawRequest, type RawResponse, rawRequest, responseHeader } from './raw-http.js';

/** What httpwire answers to a request at the edge of the protocol, when the request reaches it. */
export interface EdgeAnswer {
  status: number;
  /** The problem's `code`; absent for an answer that is not a problem (an accepted body). */
  code?: string;
  /** The answer rejects the request's framing or body: `connection: close`, and the connection closes. */
  closes?: boolean;
}

/** A request that strict clients and linters send, and the answers an httpwire stack may give it. */
export interface ProtocolEdge {
  name: string;
  /** The request; `halfClose` ends the sending side after it (a body cut short). */
  request: RawRequest & { halfClose?: boolean };
  /** httpwire's possible answers: more than one where the framework decides (Fastify refuses what others accept). */
  answers: readonly EdgeAnswer[];
  /** The status any answer must have, whoever gives it (RFC 9112 §3.2's 400 for two `Host` headers). */
  status?: number;
}

const JSON_TYPE = { 'Content-Type': 'application/json', Authorization: 'Bearer anything' };

/**
 * The protocol edges every stack is sent, found with strict clients and linters (issue 20, finding 5). A stack that
 * answers one itself, before httpwire sees the request, declares it (`protocolAnswers`).
 */
export const PROTOCOL_EDGES: readonly ProtocolEdge[] = [
  {
    name: 'valid JSON with a __proto__ key',
    request: { method: 'POST', path: '/predict', headers: JSON_TYPE, body: '{"features":[1],"__proto__":{"x":1}}' },
    // Fastify's guard refuses it; the others accept it. Either way it is never "not valid JSON".
    answers: [{ status: 200 }, { status: 400, code: 'FORBIDDEN_PROTOTYPE_KEY', closes: true }],
  },
  {
    name: 'valid JSON with a constructor.prototype key',
    request: {
      method: 'POST',
      path: '/predict',
      headers: JSON_TYPE,
      body: '{"features":[1],"constructor":{"prototype":{"x":1}}}',
    },
    answers: [{ status: 200 }, { status: 400, code: 'FORBIDDEN_PROTOTYPE_KEY', closes: true }],
  },
  {
    name: 'two Host headers',
    // `Host` comes first from the client; the lowercase name is a second header line.
    request: { method: 'GET', path: '/entities/1', headers: { host: 'other.example' } },
    answers: [{ status: 400, code: 'DUPLICATE_HOST', closes: true }],
    status: 400,
  },
  {
    name: 'an unknown method',
    request: { method: 'BREW', path: '/teapot' },
    answers: [{ status: 501, code: 'METHOD_NOT_IMPLEMENTED', closes: true }],
  },
  {
    name: 'OPTIONS *',
    request: { method: 'OPTIONS', path: '*' },
    // The framework decides: no route matches `*` (Express, Fastify, Nest, the fetch module), or the server makes
    // no URL of it (@hono/node-server).
    answers: [
      { status: 404, code: 'ROUTE_NOT_FOUND' },
      { status: 400, code: 'INVALID_REQUEST_TARGET' },
    ],
  },
  {
    name: 'HTTP/1.0 without Host',
    request: { method: 'GET', path: '/entities/1', omitHost: true, httpVersion: '1.0' },
    answers: [{ status: 200 }],
  },
  {
    name: 'a body cut short by the end of the connection',
    request: {
      method: 'POST',
      path: '/predict',
      headers: { ...JSON_TYPE, 'Content-Length': '100' },
      body: '{"features":',
      halfClose: true,
    },
    answers: [{ status: 400, code: 'BAD_REQUEST', closes: true }],
  },
];

/**
 * Sends one edge. `undefined` when the server closed the connection without an answer. A half-closed request is
 * sent with its own socket (the raw client always keeps its side open); the server's answer is read to the close.
 */
export async function sendEdge(port: number, edge: ProtocolEdge): Promise<RawResponse | undefined> {
  const { halfClose, ...request } = edge.request;
  if (halfClose) return halfClosedExchange(port, request);
  try {
    return await rawRequest(port, { ...request, observeClose: edge.answers.some((answer) => answer.closes) });
  } catch {
    return undefined;
  }
}

/** Whether `response` is one of httpwire's answers to `edge`, and which. */
export function httpwireAnswerOf(edge: ProtocolEdge, response: RawResponse | undefined): EdgeAnswer | undefined {
  if (response === undefined) return undefined;
  const type = responseHeader(response, 'content-type');
  const code = type === 'application/problem+json' ? problemCode(response) : undefined;
  return edge.answers.find((answer) => answer.status === response.status && answer.code === code);
}

function problemCode(response: RawResponse): string | undefined {
  try {
    return (JSON.parse(response.body.toString()) as { code?: string }).code;
  } catch {
    return undefined;
  }
}

const HALF_CLOSE_TIMEOUT_MS = 20_000;

function halfClosedExchange(port: number, request: RawRequest): Promise<RawResponse | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => socket.destroy(), HALF_CLOSE_TIMEOUT_MS);
    socket.on('connect', () => {
      const headers = { Host: `127.0.0.1:${port}`, ...request.headers };
      const head = `${request.method} ${request.path} HTTP/1.1\r\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('')}\r\n`;
      socket.end(Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(request.body ?? '')]));
    });
    socket.on('data', (data: Buffer) => {
      received = Buffer.concat([received, data]);
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseWhole(received));
    });
  });
}

/** A whole response read up to the close: a status line, headers and a `content-length` body. */
function parseWhole(bytes: Buffer): RawResponse | undefined {
  const end = bytes.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1).trim()];
  });
  const length = Number(headers.find(([name]) => name.toLowerCase() === 'content-length')?.[1] ?? Number.NaN);
  const rest = bytes.subarray(end + 4);
  const body = Number.isNaN(length) ? rest : rest.subarray(0, length);
  return {
    statusLine,
    status: Number(statusLine.split(' ')[1]),
    headers,
    body,
    chunks: undefined,
    complete: Number.isNaN(length) || body.byteLength === length,
    closedByServer: true,
  };
}
