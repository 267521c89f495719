// How long the hostile corpus takes to answer through the comments API: the reliability suite's
// bad-input check asserts what is answered (no 5xx, nothing stored that the schema forbids);
// the time limit lives here, where a busy machine is part of what is measured and reported.
import { fieldInputs } from '../reliability/corpus';
import { postComment } from './comment-api';
import type { Check } from './freshness';

export const BAD_INPUT_LIMIT_MS = 1000;

export async function badInputTimeCheck(baseUrl: string, slug: string): Promise<Check> {
  const times: number[] = [];
  for (const { values } of fieldInputs()) {
    const reply = await postComment(baseUrl, slug, values).catch(() => null);
    times.push(reply?.ms ?? Infinity);
  }
  times.sort((a, b) => a - b);
  const over = times.filter((ms) => ms >= BAD_INPUT_LIMIT_MS).length;
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    name: `hostile comment corpus answered within ${BAD_INPUT_LIMIT_MS} ms each`,
    ok: over === 0,
    detail: `${times.length} inputs, median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, slowest ${at(1).toFixed(0)} ms, ${over} over the limit`,
  };
}
