export { type ClientErrorListener, clientErrorListener } from './client-errors.js';
export { failAfterHeaders } from './fail-after-headers.js';
export type { FastifyReplyLike } from './fastify-reply-like.js';
export { type NodeRequestLike, replyWithFastify, wireRequestOf } from './reply-with-fastify.js';
export { sendFastifyReply } from './send-fastify-reply.js';
export { writeServerResponse } from './write-server-response.js';
