/**
 * npm start: builds the pane and serves it over https on localhost with the Office development
 * certificates (their authority installed as trusted only if the user says yes when asked). Where Excel is
 * installed it sideloads the add-in; elsewhere it says so and serves the standalone checker.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import { extname, join, normalize } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { buildWeb, describeBuild } from './build-web.js';
import { devCertificates, type Certificate, type Terminal } from './devCertificates.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = 3000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const build = await buildWeb();
console.log(describeBuild(build));
const server = createServer(await certificates(), async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = await readFile(join(build.outDir, path === '/' ? 'taskpane.html' : path));
    res
      .writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
server.listen(PORT, () => {
  const url = `https://localhost:${PORT}/taskpane.html`;
  console.log(`\nServing ${build.outDir} at https://localhost:${PORT}/ (Ctrl+C stops).`);
  if (process.platform === 'win32' || process.platform === 'darwin') sideload(url);
  else {
    console.log(`Excel is not installed on this machine (${process.platform}), so nothing is sideloaded.`);
    console.log(`The standalone checker is at ${url}`);
    console.log(
      'To try the add-in, open Excel on the web, Home > Add-ins > More Add-ins > Upload My Add-in, ' +
        'and choose manifest.xml.',
    );
  }
});

/** Office's development certificates, installed as trusted only when the user says so (see devCertificates.ts). */
async function certificates(): Promise<Certificate> {
  const certs = await import('office-addin-dev-certs');
  const paths = await import('office-addin-dev-certs/lib/defaults.js');
  return devCertificates({ ...certs, paths }, terminal());
}

function terminal(): Terminal {
  return {
    isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    say: (line) => console.log(line),
    async ask(question) {
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await prompt.question(question);
      } finally {
        prompt.close();
      }
    },
  };
}

/** office-addin-debugging is fetched when needed: it pulls a native keychain module that cannot build everywhere. */
function sideload(url: string): void {
  console.log(`Sideloading manifest.xml into Excel (${url})…`);
  const child = spawn(
    'npx',
    [
      '--yes',
      'office-addin-debugging@7',
      'start',
      join(ROOT, 'manifest.xml'),
      'desktop',
      '--app',
      'excel',
      '--no-debug',
      '--dev-server-port',
      String(PORT),
    ],
    {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  child.on('exit', (code) => {
    if (code) console.log(`Sideloading did not work (exit ${code}); the pane is still served at ${url}.`);
  });
}
