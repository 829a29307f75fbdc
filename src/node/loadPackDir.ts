/** Reads a pack folder from disk and hands its files to the engine. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  PACK_LIMITS,
  PackError,
  PackTooLargeError,
  assemblePack,
  type CompiledPack,
  type PackFile,
} from '../engine/index.js';
import { readRegularFile } from './readRegularFile.js';

export async function loadPackDir(dir: string): Promise<CompiledPack> {
  const files = await readPackFiles(dir);
  try {
    return assemblePack(files);
  } catch (e) {
    if (e instanceof PackError) throw new PackError(join(dir, e.file), e.key, e.reason);
    throw e;
  }
}

/** The pack's files, parsed but not checked: what a browser bundle carries. One open file at a time. */
export async function readPackFiles(dir: string): Promise<PackFile[]> {
  const paths = await jsonFiles(dir);
  if (paths.length > PACK_LIMITS.files) throw new PackTooLargeError(dir, 'files');
  const files: PackFile[] = [];
  for (const p of paths) files.push(await readJson(dir, p));
  return files;
}

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => !e.isDirectory() && e.name.endsWith('.json'))
      .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();
  } catch {
    throw new PackError(dir, '', { vi: 'không đọc được thư mục gói', en: 'the pack folder cannot be read' });
  }
}

async function readJson(dir: string, path: string): Promise<PackFile> {
  const text = new TextDecoder().decode(await readRegularFile(join(dir, path), PACK_LIMITS.fileBytes));
  try {
    return { path, data: JSON.parse(text) };
  } catch (e) {
    throw new PackError(join(dir, path), '', {
      vi: 'không phải JSON hợp lệ',
      en: `not valid JSON (${(e as Error).message})`,
    });
  }
}
