// Zod probes for `new Function` support on first use; under our CSP (no 'unsafe-eval') that probe
// is reported as a violation. Jitless parsing needs no eval. Zod reads this global when it loads
// (it is what `config({ jitless: true })` writes), so no page pays for importing zod up front.
const holder = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
