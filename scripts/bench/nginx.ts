// The README's nginx recipe, run for the bench: a loopback nginx with a proxy_cache in front of
// `next start`, honouring the app's Cache-Control (s-maxage + stale-while-revalidate).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './server';

export const NGINX = '/usr/sbin/nginx';

/** The `http {}` part of the recipe, as the README shows it (`upstream` and `server` included). */
export function recipe(appPort: number, listen: string, cacheDir: string): string {
  return `proxy_cache_path ${cacheDir} levels=1:2 keys_zone=taiyaku:10m max_size=1g inactive=1h use_temp_path=off;

upstream taiyaku {
  server 127.0.0.1:${appPort};
  keepalive 32;
}

server {
  listen ${listen};

  location / {
    proxy_pass http://taiyaku;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto $scheme;

    # Keeps what the app allows (s-maxage), serves it stale while one request refreshes it
    # (stale-while-revalidate), and sends one request per page to the app at a time.
    proxy_cache taiyaku;
    proxy_cache_key $scheme$host$request_uri$http_rsc$http_next_router_prefetch$http_next_router_segment_prefetch;
    proxy_cache_use_stale updating error timeout http_502 http_503 http_504;
    proxy_cache_background_update on;
    proxy_cache_lock on;
    add_header X-Cache-Status $upstream_cache_status always;
  }
}`;
}

/** The whole file the bench runs: the recipe plus the process settings of a throwaway instance. */
function config(dir: string, appPort: number, port: number): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  const body = recipe(appPort, `127.0.0.1:${port}`, path.join(dir, 'cache')).replace(/^/gm, '  ');
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((n) => temp(n)).join('\n  ')}
${body}
}
`;
}

export type Nginx = { url: string; stop: () => Promise<void> };

/** Starts nginx in front of the app, or returns null when it is not installed. */
export async function startNginx(appUrl: string, dir: string): Promise<Nginx | null> {
  if (!existsSync(NGINX)) return null;
  mkdirSync(dir, { recursive: true });
  // Workers drop root for "nobody", which must reach the cache and temp folders.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, config(dir, Number(new URL(appUrl).port), port));
  const child = spawn(NGINX, ['-p', dir, '-c', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null)
      throw new Error(
        `nginx exited: ${errors}${readFileSync(path.join(dir, 'error.log'), 'utf8')}`,
      );
    if (
      await fetch(`${url}/ja`).then(
        () => true,
        () => false,
      )
    )
      break;
    if (tries > 100) throw new Error(`nginx did not answer: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
