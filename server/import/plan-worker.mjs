// The import planner's worker thread (server/import/plan-off-thread.ts starts it and keeps one
// warm between imports). A plain module that neither Next nor tsx bundles: it loads the TypeScript
// planner through tsx's loader, so the same code runs under `next start`, the CLI and the tests.
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
const { planImport } = await import('./plan-worker.ts');
// One request at a time: the main thread sends the next only after this one's last message.
parentPort.on('message', (request) =>
  planImport(request, (message) => parentPort.postMessage(message)),
);
