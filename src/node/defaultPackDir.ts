/** The pack that ships with kiembieu, found from this file in src/ or dist/. */
import { fileURLToPath } from 'node:url';

export const defaultPackDir = fileURLToPath(new URL('../../packs/nq22-2018/', import.meta.url));
