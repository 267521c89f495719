// Keys already reported: bad stored data read on every request is logged once per process.
const reported = new Set<string>();
const REPORT_MAX = 500;

/** console.warn, at most once per key (and for at most REPORT_MAX keys). */
export function warnOnce(key: string, message: string) {
  if (reported.has(key) || reported.size >= REPORT_MAX) return;
  reported.add(key);
  console.warn(message);
}
