export type { FastifyReplyLike } from './fastify-reply-like.js';
export { groupHeaders } from './group-headers.js';
export { replyWithFastify, wireRequestOf } from './reply-with-fastify.js';
export { sendFastifyReply } from './send-fastify-reply.js';
export { writeServerResponse } from './write-server-response.js';
