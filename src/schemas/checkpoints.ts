// Checkpoints of the progress check (content/progress/checkpoints.yaml): our own statements, one to
// three for each numbered toolkit section, each citing the section it comes from.
import { z } from 'zod';

export const checkpointSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case words joined by hyphens'),
  section: z.string().regex(/^[1-5]\.\d{1,2}$/, 'section must be a numbered toolkit section, like "2.5"'),
  text: z.string().min(20).max(220).regex(/\.$/, 'text must be a full sentence ending in a full stop'),
  sa7: z.boolean().default(false),
  templates: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .max(3)
    .default([]),
});

export const checkpointsSchema = z.array(checkpointSchema).min(1);

export type CheckpointEntry = z.infer<typeof checkpointSchema>;
