/**
 * The https certificate `npm start` serves with. Excel needs https it trusts, which Office's development
 * certificates give once their certificate authority is installed as trusted: system-wide on Linux and macOS,
 * through sudo. That is done only when asked for: on a terminal the user is told what it does and answers;
 * otherwise (or on "no") the certificate is made locally and not installed, and the browser asks to accept it.
 */
import { readFile } from 'node:fs/promises';

/** What is used of office-addin-dev-certs (passed in, so a test sees what would be run). */
export interface DevCerts {
  /** Whether a valid localhost certificate exists and its authority is already trusted (runs no sudo). */
  verifyCertificates(): boolean;
  /** Makes the certificates and installs the authority as trusted where it is not: sudo on Linux and macOS. */
  getHttpsServerOptions(): Promise<{ key: Buffer | string; cert: Buffer | string }>;
  /** Makes the certificates only. */
  generateCertificates(ca: string, cert: string, key: string): Promise<void>;
  paths: { caCertificatePath: string; localhostCertificatePath: string; localhostKeyPath: string };
}

export interface Terminal {
  isTTY: boolean;
  say(line: string): void;
  /** The answer typed to a question. */
  ask(question: string): Promise<string>;
}

export interface Certificate {
  key: Buffer;
  cert: Buffer;
  /** Trusted: the authority is installed; local: made here, the browser will ask. */
  trusted: boolean;
}

export async function devCertificates(
  certs: DevCerts,
  terminal: Terminal,
  platform = process.platform,
): Promise<Certificate> {
  if (alreadyTrusted(certs)) return trusted(certs);
  if (terminal.isTTY && (await agrees(terminal, platform))) {
    try {
      return await trusted(certs);
    } catch (e) {
      terminal.say(`The certificate authority was not installed (${String((e as Error).message).split('\n')[0]}).`);
    }
  }
  terminal.say('Serving with a certificate made locally and not installed: the browser will ask you to accept it.');
  terminal.say(
    '(`npx office-addin-dev-certs install` installs its authority as trusted, with sudo on Linux and macOS.)',
  );
  return local(certs);
}

function alreadyTrusted(certs: DevCerts): boolean {
  try {
    return certs.verifyCertificates();
  } catch {
    return false;
  }
}

async function agrees(terminal: Terminal, platform: string): Promise<boolean> {
  const how =
    platform === 'win32' ? 'in your Windows certificate store' : 'system-wide, with sudo (it may ask your password)';
  terminal.say(
    "Excel trusts the pane's https://localhost once Office's development certificate authority is installed",
  );
  terminal.say(`as trusted: ${how}. \`npx office-addin-dev-certs uninstall\` removes it.`);
  const answer = await terminal.ask('Install it now? [y/N] ');
  return /^\s*(y|yes|c|có)\s*$/i.test(answer);
}

async function trusted(certs: DevCerts): Promise<Certificate> {
  const { key, cert } = await certs.getHttpsServerOptions();
  return { key: Buffer.from(key), cert: Buffer.from(cert), trusted: true };
}

async function local(certs: DevCerts): Promise<Certificate> {
  const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = certs.paths;
  const made = await readFile(localhostKeyPath).then(
    () => true,
    () => false,
  );
  if (!made) await certs.generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath);
  return { key: await readFile(localhostKeyPath), cert: await readFile(localhostCertificatePath), trusted: false };
}
