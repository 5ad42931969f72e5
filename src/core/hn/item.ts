import { z } from 'zod';

/** An HN item as the Firebase API serves it. Unknown fields are tolerated, wrong types are not. */
export const hnItemSchema = z
  .object({
    id: z.number().int().positive(),
    type: z.string().optional(),
    by: z.string().optional(),
    time: z.number().int().optional(),
    text: z.string().optional(),
    title: z.string().optional(),
    parent: z.number().int().optional(),
    kids: z.array(z.number().int().positive()).optional(),
    deleted: z.boolean().optional(),
    dead: z.boolean().optional(),
    descendants: z.number().optional(),
    score: z.number().optional(),
    url: z.string().optional(),
  })
  .loose();

export type HnItem = z.infer<typeof hnItemSchema>;

export const hnUserSchema = z
  .object({
    id: z.string(),
    submitted: z.array(z.number().int().positive()).optional(),
  })
  .loose();

export type HnUser = z.infer<typeof hnUserSchema>;
