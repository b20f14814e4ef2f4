import Boom from '@hapi/boom';
import { NotFoundException as NestNotFoundException } from '@nestjs/common';
import createError from 'http-errors';

/** `GET /foreign/:library`: 404s thrown with other libraries, which httpwire takes in by shape. */
export const FOREIGN_NOT_FOUND: Readonly<Record<string, () => never>> = {
  'http-errors': () => {
    throw createError(404, 'No entity with the id "42" exists.');
  },
  boom: () => {
    throw Boom.notFound('No entity with the id "42" exists.');
  },
  nest: () => {
    throw new NestNotFoundException('No entity with the id "42" exists.');
  },
};
