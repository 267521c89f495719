import { config } from 'zod';

// Zod probes for `new Function` support on first use; under our CSP (no 'unsafe-eval') that probe
// is reported as a violation. Jitless parsing needs no eval.
config({ jitless: true });
