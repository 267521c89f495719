// The production build `npm test` makes once, for the e2e suite and the reliability checks
// (E2E_DIST_DIR, default .next-e2e). Always a fresh build: the tests must see the current sources.
import { buildApp } from '../bench/server';
import { DIST } from '../reliability/harness';

const seconds = buildApp(DIST, { reuse: false });
console.log(`Built ${DIST} in ${seconds.toFixed(0)} s.`);
