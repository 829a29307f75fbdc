/** What the CLI and end-to-end tests share: the repository's files, run() with collected output, temp dirs. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/run.js';
import type { FindingCell } from '../../src/engine/check/finding.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const KON_TUM = join(ROOT, 'examples', 'kon-tum-2017.xlsx');
export const CLEAN = join(ROOT, 'examples', 'clean-district.xlsx');
export const PACK_DIR = join(ROOT, 'packs', 'nq22-2018');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line in-process, collecting what it writes. With `terminal`, stderr is a terminal, so
 * a batch draws its progress there: a refusal with nothing else on stderr was made before reading the batch.
 */
export async function runCli(argv: string[], { terminal = false } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { isTTY: terminal, columns: 100, write: (s: string) => (stderr += s) },
  };
  const code = await run(argv, io, '9.8.7');
  return { code, stdout, stderr };
}

/** A line of a JavaScript stack trace. */
export const STACK_LINE = /^\s*at\s/m;

/** Lines of a text, without the empty one a final newline leaves. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line, i, all) => line !== '' || i < all.length - 1);
}

/** A fresh folder under the system temp dir, and a way to remove it. */
export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'kiembieu-test-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export async function openExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
}

export async function excelBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The JSON output of `validate --format json`, typed as docs/json-output.md describes it; a cell as the engine names it. */
export type JsonCell = FindingCell;
export interface JsonFinding {
  rule: string;
  severity: 'error' | 'warning';
  code: string;
  kind: 'discrepancy' | 'problem' | 'blank';
  sheet: string | null;
  title: string;
  message: string;
  cells: JsonCell[];
  found: number | string | null;
  expected: number | null;
  difference: number | null;
}
export type JsonFile =
  | {
      file: string;
      unit: { name: string; code: string; period: string };
      pack: { id: string; version: string };
      stamp: { state: 'unchecked' | 'unchanged' | 'changed'; checkedAt: string | null };
      consolidated?: { at: string; units: number };
      findings: JsonFinding[];
      previous?: { file: string | null; screened: boolean; reason: string | null; note: string | null };
      counts: { errors: number; warnings: number };
    }
  | { file: string; error: string };
export interface JsonOutput {
  format: number;
  files: JsonFile[];
  counts: { files: number; unreadable: number; errors: number; warnings: number };
}

export function parseJson(stdout: string): JsonOutput {
  return JSON.parse(stdout) as JsonOutput;
}

/** The findings of a checked file entry; fails the test when the file was not checked. */
export function findingsOf(entry: JsonFile | undefined): JsonFinding[] {
  if (!entry || !('findings' in entry)) throw new Error(`not a checked file: ${JSON.stringify(entry)}`);
  return entry.findings;
}

/** A cell as "sheet row col", to compare cells by their codes. */
export function codes(c: { sheet: string; row: string; column: string }): string {
  return `${c.sheet} ${c.row} ${c.column}`;
}
