// The write rows: comments posted through the JSON API, and reads of a post while approvals land.
import { BENCH_SLUGS } from './content';
import { LOAD, measure, median, type Sample } from './measure';
import type { Row } from './report';
import { approvalLoop, approver, commentRequests } from './scenarios';
import { postComment } from './comment-api';

export const APPROVAL_EVERY_MS = 250;

/** Unique comments, held for moderation (the blog's policy is hold-all), so no page changes. */
export async function commentRow(baseUrl: string): Promise<Row> {
  const probe = await postComment(baseUrl, BENCH_SLUGS.read, {
    name: 'Bench reader',
    email: 'bench@bench.example',
    body: 'A probe before the comment runs.',
  });
  const status = (probe.json as { status?: string } | null)?.status ?? `HTTP ${probe.status}`;
  const options = { url: baseUrl, requests: commentRequests(baseUrl, BENCH_SLUGS.read) };
  await measure(options, LOAD.warmupSeconds);
  const samples: Sample[] = [];
  for (let run = 0; run < LOAD.runs; run++) samples.push(await measure(options));
  return {
    key: 'comment',
    label: 'POST comment, JSON API',
    sample: median(samples),
    note: `each stored as "${status}"`,
  };
}

/** GETs of a post while an approval lands every APPROVAL_EVERY_MS, each one expiring the public pages. */
export async function approvalRow(
  baseUrl: string,
  databasePath: string,
  distDir: string,
): Promise<Row> {
  const url = `${baseUrl}/ja/posts/${BENCH_SLUGS.approvals}`;
  const { how, approve } = await approver(baseUrl, databasePath, distDir, BENCH_SLUGS.approvals);
  await fetch(url).then((r) => r.arrayBuffer());
  const first = await approve();
  const seen =
    first !== null && (await (await fetch(url)).text()).includes(`id="comment-${first}"`);
  const samples: Sample[] = [];
  let approvals = 0;
  for (let run = -1; run < LOAD.runs; run++) {
    const loop = approvalLoop(approve, APPROVAL_EVERY_MS);
    const sample = await measure({ url }, run < 0 ? LOAD.warmupSeconds : LOAD.seconds);
    const done = await loop.stop();
    if (run < 0) continue;
    samples.push(sample);
    approvals += done;
  }
  const note = `${how}: ${approvals} approvals in ${LOAD.runs} runs; an approved comment is ${seen ? 'on the very next GET' : first ? 'NOT on the next GET' : 'missing (approval failed)'}`;
  return {
    key: 'approvals',
    label: `GET post page, an approval every ${APPROVAL_EVERY_MS} ms`,
    sample: median(samples),
    note,
  };
}
