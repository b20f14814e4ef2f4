import { z } from 'zod';

/** The widget of `POST /widgets` (see `createdWidget` in the example domain), as zod users write it. */
export const Widget = z.object({
  name: z.string().min(1).max(40),
  price: z.number().positive(),
  tags: z.array(z.string()).max(5),
  dimensions: z.object({ width: z.number().min(0), height: z.number().min(0) }).optional(),
  'a/b~c': z.boolean().optional(),
});
