// `npm test`: every check, staged so both cores stay busy. Static checks first (fast feedback),
// then the production build beside the unit tests, then the e2e suite and the reliability checks
// on that one build, one after the other (side by side they took as long in total: both are bound
// by CPU). Tasks of a stage run side by side; a task's output is held and printed whole when it
// ends, except a streamed one's. A failed stage stops the run. A table of task times ends it.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';

const PARALLEL = Math.max(2, Math.min(cpus().length, 4));
const STAGES = [
  { lanes: PARALLEL, tasks: ['typecheck', 'lint', 'format:check', 'knip'] },
  // The build the e2e suite and the reliability checks share (scripts/test/build.ts).
  { lanes: PARALLEL, tasks: ['build:test', 'test:unit'] },
  { lanes: 1, tasks: [{ name: 'test:e2e', stream: true, env: { E2E_REUSE_BUILD: '1' } }] },
  { lanes: 1, tasks: [{ name: 'test:reliability', stream: true }] },
];

function runScript({ name, stream = false, env = {} }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '-s', name], {
      env: { ...process.env, ...env },
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      const ok = code === 0;
      const text = Buffer.concat(output).toString().trimEnd();
      console.log(
        `\n${ok ? '✓' : '✗'} ${name} (${seconds.toFixed(0)} s)${signal ? ` ${signal}` : ''}`,
      );
      if (text && (!ok || process.env.TEST_VERBOSE === '1' || name.startsWith('test:')))
        console.log(text);
      resolve({ name, ok, seconds });
    });
  });
}

async function runStage({ tasks, lanes }) {
  const queue = tasks.map((task) => (typeof task === 'string' ? { name: task } : task));
  const results = [];
  const lane = async () => {
    for (let task = queue.shift(); task; task = queue.shift()) results.push(await runScript(task));
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

const started = Date.now();
const done = [];
let failed = false;
for (const stage of STAGES) {
  const results = await runStage(stage);
  done.push(...results);
  if (results.some((r) => !r.ok)) {
    failed = true;
    break;
  }
}
const total = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n${failed ? '✗ failed' : '✓ passed'} in ${total} min:`);
for (const { name, ok, seconds } of done)
  console.log(`  ${ok ? '✓' : '✗'} ${name.padEnd(18)} ${seconds.toFixed(0).padStart(4)} s`);
process.exit(failed ? 1 : 0);
