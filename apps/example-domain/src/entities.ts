import { HttpException, HttpResponse, NotFoundException, UnauthorizedException } from '@httpwire/core';

/** The one entity the examples know. */
const ADA = { id: '1', name: 'Ada' };

/** `GET /entities/:id`: the entity, or a 404 naming the (decoded) id. */
export function getEntity(id: string): HttpResponse {
  if (id !== ADA.id) throw new NotFoundException(`No entity with the id "${id}" exists.`);
  return HttpResponse.json(ADA);
}

/** The 401 every protected route sends, with the challenge RFC 9110 requires. */
export function unauthorized(): HttpException {
  return new UnauthorizedException('The caller is not authorized', { challenge: 'Bearer' });
}

/** `GET /secure`: any `Authorization` value counts as present. */
export function secure(authorization: string | undefined): HttpResponse {
  if (authorization === undefined) throw unauthorized();
  return HttpResponse.json({ ok: true });
}

/** A custom exception by subclassing, as Google Cloud Endpoints does with `ServiceException`. */
export class DuplicateEntityException extends HttpException {
  static override status = 409;
}

/** `GET /conflict`. */
export function conflict(): never {
  throw new DuplicateEntityException('An entity named "Ada" already exists.');
}
