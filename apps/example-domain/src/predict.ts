import { BadRequestException, HttpResponse, requestRejection } from '@httpwire/core';
import { unauthorized } from './entities.js';

/** The JSON body limit of every example app: 100 KiB, inclusive. */
export const BODY_LIMIT_BYTES = 102_400;

/** What `/predict` needs of the request once the framework has parsed (or skipped) the body. */
export interface PredictRequest {
  contentType: string | undefined;
  authorization: string | undefined;
  body: unknown;
}

/**
 * `POST /predict`: body errors first (415 for anything but JSON), then the 401, then field validation.
 * Parse errors (400) and the size limit (413) come from the framework's own parser.
 */
export function predict({ contentType, authorization, body }: PredictRequest): HttpResponse {
  if (!isJson(contentType)) throw requestRejection('unsupported-media-type');
  if (authorization === undefined) throw unauthorized();
  const features = validFeatures(body);
  return HttpResponse.json({ prediction: features.reduce((sum, value) => sum + value, 0) });
}

/** `application/json`, with or without parameters. */
export function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

function validFeatures(body: unknown): number[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid([{ path: '', message: 'must be an object' }]);
  }
  const { features } = body as { features?: unknown };
  if (features === undefined) throw invalid([{ path: '/features', message: 'is required' }]);
  if (!Array.isArray(features)) throw invalid([{ path: '/features', message: 'must be an array of numbers' }]);
  const errors = features.flatMap((value, index) =>
    typeof value === 'number' && Number.isFinite(value)
      ? []
      : [{ path: `/features/${index}`, message: 'must be a number' }],
  );
  if (errors.length > 0) throw invalid(errors);
  return features as number[];
}

function invalid(details: { path: string; message: string }[]): BadRequestException {
  return new BadRequestException('The request body is invalid.', { details });
}
