#!/usr/bin/env node
import { createRequire } from 'node:module';
import { guardStdout } from './guardStdout.js';
import { EXIT } from './io.js';
import { langHint } from './commandLine.js';
import { run } from './run.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
const argv = process.argv.slice(2);
// A failed write is told by an event that may come after run returns: it wins over the run's own code.
const stdout = guardStdout(process.stdout, process.stderr, langHint(argv), () => (process.exitCode = EXIT.unusable));
const code = await run(argv, { stdout, stderr: process.stderr }, version);
process.exitCode = stdout.failed ? EXIT.unusable : code;
