import 'server-only';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { MediaFailureReason } from '@/lib/import/import-report';
import { parseHttpUrl } from '@/lib/validations/url';
import { guardedLookup, isPublicAddress, literalAddress, RefusedAddress } from './media-address';

/** The report's reasons that a download itself can give (one list: lib/import/import-report). */
export type FetchFailure = Exclude<
  MediaFailureReason,
  'notImage' | 'notAudioVideo' | 'undecodable' | 'tooManyPixels' | 'overImportLimit'
>;
export type Fetched =
  { ok: true; bytes: Buffer } | { ok: false; reason: FetchFailure; status?: number };
export type FetchOptions = {
  maxBytes: number;
  timeoutMs: number;
  /** Loopback and private networks: only for tests and trusted setups (IMPORT_MEDIA_ALLOW_PRIVATE). */
  allowPrivate: boolean;
};
type Hop = Fetched | { redirect: string };

/** Redirects followed per file; every hop is checked again (scheme and address). */
export const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A file from another site for the import, refusing what the server must not fetch: schemes other
 * than http(s) and, unless allowed, hosts on this machine or its networks. The size limit holds
 * while the body streams (a false or missing Content-Length changes nothing); one deadline covers
 * every redirect and the whole body, so a slow server cannot hold the import.
 */
export async function fetchMedia(url: string, opts: FetchOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const answer = await getOnce(current, opts, signal);
    if (!('redirect' in answer)) return answer;
    if (!URL.canParse(answer.redirect, current)) return { ok: false, reason: 'network' };
    current = new URL(answer.redirect, current).href;
  }
  return { ok: false, reason: 'tooManyRedirects' };
}

function failure(error: unknown, signal: AbortSignal): Fetched {
  if (signal.aborted) return { ok: false, reason: 'timeout' };
  return { ok: false, reason: error instanceof RefusedAddress ? 'refusedAddress' : 'network' };
}

function getOnce(href: string, opts: FetchOptions, signal: AbortSignal): Promise<Hop> {
  const url = parseHttpUrl(href);
  if (!url) return Promise.resolve({ ok: false, reason: 'unsupportedScheme' });
  const literal = literalAddress(url.hostname);
  if (literal && !opts.allowPrivate && !isPublicAddress(literal))
    return Promise.resolve({ ok: false, reason: 'refusedAddress' });
  return new Promise((resolve) => {
    const get = url.protocol === 'https:' ? https.get : http.get;
    const request = get(
      url,
      {
        lookup: guardedLookup(opts.allowPrivate),
        signal,
        agent: false,
        headers: { 'user-agent': 'Taiyaku-import', accept: 'image/*, audio/*, video/*' },
      },
      (response) => resolve(readBody(response, opts.maxBytes, signal)),
    );
    request.on('error', (error) => resolve(failure(error, signal)));
  });
}

function readBody(response: IncomingMessage, max: number, signal: AbortSignal): Promise<Hop> {
  const status = response.statusCode ?? 0;
  const location = response.headers.location;
  const stop = (hop: Hop) => (response.destroy(), Promise.resolve(hop));
  if (REDIRECTS.has(status) && location) return stop({ redirect: location });
  if (status !== 200) return stop({ ok: false, reason: 'httpStatus', status });
  if (Number(response.headers['content-length']) > max)
    return stop({ ok: false, reason: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      resolve({ ok: false, reason: 'tooLarge' });
      response.destroy();
    });
    response.on('end', () => resolve({ ok: true, bytes: Buffer.concat(chunks) }));
    response.on('error', (error) => resolve(failure(error, signal)));
    // A body cut short: 'end' never came (the first resolve wins).
    response.on('close', () => resolve(failure(null, signal)));
  });
}
