/** The pack files' shapes, checked with zod so a bad key is named, not guessed at. */
import { z } from 'zod';
import type { Text } from './pack.js';

/** What a code must look like, in both languages; the schemas name a hint by its key. */
export const PATTERN_HINTS = {
  ruleId: { vi: 'chữ cái, chữ số, ".", "_", "-" hoặc "="', en: 'ruleId' },
  sheetCode: { vi: 'một chữ cái, rồi chữ cái, chữ số hoặc "_"', en: 'sheetCode' },
  sheetName: { vi: 'không có \\ / ? * [ ] hoặc :', en: 'no \\ / ? * [ ] or :' },
  packId: { vi: 'chữ thường, chữ số và "-"', en: 'packId' },
  version: { vi: 'một phiên bản dạng 1.0.0', en: 'version' },
  phraseFigure: {
    vi: 'nhiều nhất một dấu "#" (con số) trong một cụm từ',
    en: 'at most one "#" (the figure) in a phrase',
  },
  softWarning: {
    vi: 'chỉ quy tắc lỗi mới có độ tin cậy; quy tắc cảnh báo không dùng khi tìm ô có thể sai',
    en: 'only an error rule has a reliability; warning rules take no part in finding the cells likely wrong',
  },
} satisfies Record<string, Text>;

const code = z.string().trim().min(1).max(40);
const text = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });
/** A title that fits one line of a task pane's header. */
const shortText = z.strictObject({ vi: z.string().trim().min(1).max(40), en: z.string().trim().min(1).max(40) });

const column = z.strictObject({
  code,
  label: text,
  group: text.optional(),
  kind: z.enum(['count', 'percent', 'number', 'text']),
  decimals: z.number().int().min(0).max(6),
  width: z.number().positive().max(200).optional(),
  reliability: z.number().min(0.01).max(100).optional(),
});

const row = z.strictObject({
  code,
  label: text,
  level: z.number().int().min(0).max(5),
  inputs: z.array(code).optional(),
  optional: z.boolean().optional(),
  consolidate: z.enum(['sum', 'manual']).optional(),
  reliability: z.number().min(0.01).max(100).optional(),
});

const identityField = z.strictObject({ label: text, value: z.string().trim().min(1).max(100).optional() });
const identity = z.strictObject({ name: identityField, code: identityField, period: identityField });

export const ruleSchema = z
  .strictObject({
    id: z.string().regex(/^[\p{L}\p{N}._=\-]+$/u, 'ruleId'),
    family: z.enum(['sum', 'same', 'percent', 'growth', 'part', 'carry']),
    assert: z.string().min(3).max(2000),
    severity: z.enum(['error', 'warning']).optional(),
    blank: z.enum(['skip', 'error']).optional(),
    for: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(code).min(1).max(200)).optional(),
    description: text.optional(),
    reliability: z.number().min(0.01).max(100).optional(),
  })
  .refine((r) => r.reliability === undefined || r.severity !== 'warning', {
    path: ['reliability'],
    message: 'softWarning',
  });

export const sheetSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'sheetCode'),
  name: z
    .string()
    .min(1)
    .max(31)
    .regex(/^[^\\/?*[\]:]+$/, 'sheetName'),
  title: text,
  subtitle: text.optional(),
  unit: text,
  columns: z.array(column).min(1).max(100),
  rows: z.array(row).min(1).max(2000),
  rules: z.array(ruleSchema).optional(),
});

export const packManifestSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'packId'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version'),
  title: text,
  shortTitle: shortText.optional(),
  issuer: text.optional(),
  identity: identity.optional(),
  sheets: z.array(code).min(1).max(100),
});

export const rulesFileSchema = z.array(ruleSchema);

const phrase = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((p) => (p.match(/#/g) ?? []).length <= 1, 'phraseFigure');
const phrases = z.array(phrase).min(1).max(50);

export const proseSchema = z.strictObject({
  uncited: z.array(code).optional(),
  sheets: z.record(
    code,
    z.strictObject({ rows: z.record(code, phrases).optional(), columns: z.record(code, phrases).optional() }),
  ),
});
