/** The shape of a pack's screens.json, checked with zod so a bad key is named. */
import { z } from 'zod';

const text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
const code = z.string().trim().min(1).max(40);

const ratio = z
  .strictObject({
    id: z.string().regex(/^[\p{L}\p{N}._\-]+$/u, 'letters, digits, ".", "_" or "-"'),
    label: text,
    numerator: z.string().min(3).max(2000),
    denominator: z.string().min(3).max(2000).optional(),
    scale: z.number().positive().optional(),
    decimals: z.number().int().min(0).max(6).optional(),
    minBase: z.number().min(0).optional(),
    log: z.boolean().optional(),
    across: z.boolean().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    for: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(code).min(1).max(200)).optional(),
  })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
    message: 'min is above max',
    path: ['min'],
  });

export const screensFileSchema = z.strictObject({
  acrossUnits: z
    .strictObject({ threshold: z.number().positive().optional(), minUnits: z.number().int().min(3).optional() })
    .optional(),
  previousPeriod: z
    .strictObject({
      u: z.number().min(0).max(1).optional(),
      a: z.number().min(0).max(1).optional(),
      c: z.number().positive().optional(),
      minUnits: z.number().int().min(3).optional(),
      sheets: z.array(code).min(1).optional(),
    })
    .optional(),
  ratios: z.array(ratio).max(500),
});
