/**
 * `npm start` installs a certificate authority (sudo on Linux and macOS) only when a user at a terminal is told
 * so and says yes; otherwise it serves with a certificate made locally, without trying sudo.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { devCertificates, type DevCerts, type Terminal } from '../../scripts/devCertificates.js';
import { tempDir } from '../cli/helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => (tmp = await tempDir()));
afterEach(() => tmp.remove());

/** office-addin-dev-certs as seen from start.ts, keeping a list of what was run. */
function officeCerts(trustedAlready: boolean, installFails = false) {
  const ran: string[] = [];
  const paths = {
    caCertificatePath: join(tmp.path, 'ca.crt'),
    localhostCertificatePath: join(tmp.path, 'localhost.crt'),
    localhostKeyPath: join(tmp.path, 'localhost.key'),
  };
  const certs: DevCerts = {
    verifyCertificates: () => (ran.push('verify'), trustedAlready),
    async getHttpsServerOptions() {
      ran.push(trustedAlready ? 'read trusted' : 'sudo install');
      if (installFails) throw new Error('sudo: not found\nmore');
      return { key: 'trusted key', cert: 'trusted cert' };
    },
    async generateCertificates(_ca, cert, key) {
      ran.push('generate');
      await writeFile(cert, 'local cert');
      await writeFile(key, 'local key');
    },
    paths,
  };
  return { certs, ran };
}

function terminal(isTTY: boolean, answer = '') {
  const said: string[] = [];
  const asked: string[] = [];
  const t: Terminal = {
    isTTY,
    say: (line) => said.push(line),
    ask: async (q) => (asked.push(q), answer),
  };
  return { t, said, asked };
}

describe('the certificate npm start serves with', () => {
  it('not on a terminal: made locally, nothing asked, no sudo tried', async () => {
    const { certs, ran } = officeCerts(false);
    const { t, said, asked } = terminal(false);
    const got = await devCertificates(certs, t, 'linux');
    expect(ran).toEqual(['verify', 'generate']);
    expect(asked).toEqual([]);
    expect(got).toEqual({ key: Buffer.from('local key'), cert: Buffer.from('local cert'), trusted: false });
    expect(said.join('\n')).toContain('the browser will ask you to accept it');
  });

  it('on a terminal: says what installing does (sudo, system-wide) before asking; "no" makes it locally', async () => {
    const { certs, ran } = officeCerts(false);
    const { t, said, asked } = terminal(true, 'n');
    expect((await devCertificates(certs, t, 'linux')).trusted).toBe(false);
    expect(said.join(' ')).toMatch(/system-wide, with sudo/);
    expect(asked).toEqual(['Install it now? [y/N] ']);
    expect(ran).toEqual(['verify', 'generate']);
  });

  it('an empty answer is no', async () => {
    const { certs, ran } = officeCerts(false);
    await devCertificates(certs, terminal(true, '').t, 'darwin');
    expect(ran).not.toContain('sudo install');
  });

  it('"y": installs, and serves with the trusted certificate', async () => {
    const { certs, ran } = officeCerts(false);
    const got = await devCertificates(certs, terminal(true, 'y').t, 'linux');
    expect(ran).toEqual(['verify', 'sudo install']);
    expect(got).toEqual({ key: Buffer.from('trusted key'), cert: Buffer.from('trusted cert'), trusted: true });
  });

  it('an install that fails says why in one line and falls back to the local certificate', async () => {
    const { certs, ran } = officeCerts(false, true);
    const { t, said } = terminal(true, 'yes');
    expect((await devCertificates(certs, t, 'linux')).trusted).toBe(false);
    expect(ran).toEqual(['verify', 'sudo install', 'generate']);
    expect(said).toContain('The certificate authority was not installed (sudo: not found).');
  });

  it('already trusted: used as it is, nothing asked', async () => {
    const { certs, ran } = officeCerts(true);
    const { t, asked } = terminal(true, 'n');
    expect((await devCertificates(certs, t, 'linux')).trusted).toBe(true);
    expect(ran).toEqual(['verify', 'read trusted']);
    expect(asked).toEqual([]);
  });
});
