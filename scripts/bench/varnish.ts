// Varnish in front of a test server, with the VCL the README ships (docs/varnish/taiyaku.vcl):
// only its backend port and secret are filled in. Runs as root or not; the working directory is
// thrown away on stop.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './server';

export const VARNISHD = ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd'].find((p) =>
  existsSync(p),
);
export const VCL_PATH = 'docs/varnish/taiyaku.vcl';
/** The same without varnish-modules: bans on the stored xkey header. */
export const BAN_VCL_PATH = 'docs/varnish/taiyaku-ban.vcl';

export type Varnish = { url: string; stop: () => Promise<void>; log: () => string };

/** The shipped VCL aimed at `backendPort`, accepting purges with `secret`. */
export function vclFor(backendPort: number, secret: string, file = VCL_PATH) {
  const vcl = readFileSync(file, 'utf8');
  const filled = vcl
    .replace(/\.port = "\d+";/, `.port = "${backendPort}";`)
    .replace('CHANGE-ME-TO-PURGE_SECRET', secret);
  if (filled === vcl || !filled.includes(secret)) throw new Error(`${file} lacks the placeholders`);
  return filled;
}

/** Starts varnishd on `port` (loopback); resolves once it answers. */
export async function startVarnish(opts: {
  port?: number;
  backendPort: number;
  secret: string;
  vclPath?: string;
}): Promise<Varnish> {
  if (!VARNISHD) throw new Error('varnishd is not installed');
  const port = opts.port ?? (await freePort());
  const dir = mkdtempSync(path.join(tmpdir(), 'taiyaku-varnish-'));
  // Started as root, varnishd reads the VCL as its own unprivileged user (Debian: vcache).
  chmodSync(dir, 0o755);
  const vcl = path.join(dir, 'taiyaku.vcl');
  writeFileSync(vcl, vclFor(opts.backendPort, opts.secret, opts.vclPath));
  // -F: in the foreground, so it ends with us; -T none: no management port; -n: its own state.
  const child = spawn(
    VARNISHD,
    [
      '-F',
      '-n',
      path.join(dir, 'n'),
      '-a',
      `127.0.0.1:${port}`,
      '-f',
      vcl,
      '-s',
      'malloc,32m',
      '-T',
      'none',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-10_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) break;
    const up = await fetch(url, { method: 'PURGE', signal: AbortSignal.timeout(1000) })
      .then(() => true)
      .catch(() => false);
    if (up) return { url, stop, log: () => output };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`varnishd did not start:\n${output}`);
}
