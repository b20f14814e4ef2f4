import { type } from 'arktype';
import * as v from 'valibot';
import { z } from 'zod';

// The example apps' widget, written once per Standard Schema validator, as their users would write it.

export const zodWidget = z.object({
  name: z.string().min(1).max(40),
  price: z.number().positive(),
  tags: z.array(z.string()).max(5),
  dimensions: z.object({ width: z.number().min(0), height: z.number().min(0) }).optional(),
  'a/b~c': z.boolean().optional(),
  color: z.enum(['red', 'green']).optional(),
  code: z
    .string()
    .regex(/^[A-Z]+$/)
    .optional(),
  email: z.email().optional(),
});

export const valibotWidget = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  price: v.pipe(v.number(), v.gtValue(0)),
  tags: v.pipe(v.array(v.string()), v.maxLength(5)),
  dimensions: v.optional(
    v.object({ width: v.pipe(v.number(), v.minValue(0)), height: v.pipe(v.number(), v.minValue(0)) }),
  ),
  'a/b~c': v.optional(v.boolean()),
  color: v.optional(v.picklist(['red', 'green'])),
  code: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]+$/))),
  email: v.optional(v.pipe(v.string(), v.email())),
});

export const arktypeWidget = type({
  name: '1 <= string <= 40',
  price: 'number > 0',
  tags: 'string[] <= 5',
  'dimensions?': { width: 'number >= 0', height: 'number >= 0' },
  'a/b~c?': 'boolean',
  'color?': "'red' | 'green'",
  'code?': /^[A-Z]+$/,
  'email?': 'string.email',
});

export const WIDGET_SCHEMAS = [
  ['zod', zodWidget],
  ['valibot', valibotWidget],
  ['arktype', arktypeWidget],
] as const;
