/** The files of a batch on disk, named by their paths as given. */
import type { BatchSource } from '../engine/index.js';
import { readWorkbookFile } from './readWorkbookFile.js';

export const fileSource: BatchSource<string> = { name: (path) => path, read: readWorkbookFile };
