import { HttpResponse } from '@httpwire/core';

/**
 * `POST /widgets`: a valid widget answers `201` with `{"created":"<name>"}`. Each example app validates the body
 * the way its framework's users do (zod through `validate()` on Express, a route JSON Schema on Fastify, a
 * class-validator DTO on Nest) against the same rules:
 * - `name`: a string of 1 to 40 characters, required;
 * - `price`: a number greater than 0, required;
 * - `tags`: an array of strings, at most 5 items, required;
 * - `dimensions`: optional, an object with `width` and `height`, both numbers ≥ 0 and required in it;
 * - `"a/b~c"`: an optional boolean;
 * - unknown properties are ignored.
 */
export function createdWidget(name: string): HttpResponse {
  return HttpResponse.json({ created: name }, { status: 201 });
}

/** The widget as a JSON Schema, for Fastify's route schema (Ajv). */
export const WIDGET_JSON_SCHEMA = {
  type: 'object',
  required: ['name', 'price', 'tags'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 40 },
    price: { type: 'number', exclusiveMinimum: 0 },
    tags: { type: 'array', maxItems: 5, items: { type: 'string' } },
    dimensions: {
      type: 'object',
      required: ['width', 'height'],
      properties: { width: { type: 'number', minimum: 0 }, height: { type: 'number', minimum: 0 } },
    },
    'a/b~c': { type: 'boolean' },
  },
} as const;
