/** The pack files' shapes, checked with zod so a bad key is named, not guessed at. */
import { z } from 'zod';

const code = z.string().trim().min(1).max(40);
const text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

const column = z.strictObject({
  code,
  label: text,
  group: text.optional(),
  kind: z.enum(['count', 'percent', 'number', 'text']),
  decimals: z.number().int().min(0).max(6),
  width: z.number().positive().max(200).optional(),
});

const row = z.strictObject({
  code,
  label: text,
  level: z.number().int().min(0).max(5),
  inputs: z.array(code).optional(),
  optional: z.boolean().optional(),
  consolidate: z.enum(['sum', 'manual']).optional(),
});

const identityField = z.strictObject({ label: text, value: z.string().trim().min(1).max(100).optional() });
const identity = z.strictObject({ name: identityField, code: identityField, period: identityField });

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[\p{L}\p{N}._=\-]+$/u, 'letters, digits, ".", "_", "-" or "="'),
  family: z.enum(['sum', 'same', 'percent', 'growth', 'part', 'carry']),
  assert: z.string().min(3).max(2000),
  severity: z.enum(['error', 'warning']).optional(),
  blank: z.enum(['skip', 'error']).optional(),
  for: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(code).min(1).max(200)).optional(),
  description: text.optional(),
});

export const sheetSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a letter, then letters, digits or "_"'),
  name: z.string().min(1).max(31).regex(/^[^\\/?*[\]:]+$/, 'no \\ / ? * [ ] or :'),
  title: text,
  subtitle: text.optional(),
  unit: text,
  columns: z.array(column).min(1).max(100),
  rows: z.array(row).min(1).max(2000),
  rules: z.array(ruleSchema).optional(),
});

export const packManifestSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
  title: text,
  issuer: text.optional(),
  identity: identity.optional(),
  sheets: z.array(code).min(1).max(100),
});

export const rulesFileSchema = z.array(ruleSchema);
