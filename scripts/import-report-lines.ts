import type {
  ImportAuthorReport,
  ImportMediaReport,
  ImportReport,
  ImportTerm,
} from '@/lib/import/import-report';
import en from '@/lib/i18n/messages/en.json';
import type { DropReason } from '@/lib/import/mt/dropped';

const fate = (report: ImportReport, result: string) =>
  result === 'created' ? (report.dryRun ? 'new      ' : 'created  ') : 'duplicate';

/** An export import's report as lines for the terminal: every post, error, warning and dropped piece. */
export function reportLines(report: ImportReport, reasons: Record<DropReason, string>): string[] {
  const created = report.posts.filter((p) => p.result === 'created');
  const lines = [
    `${report.dryRun ? 'Would create' : 'Created'} ${created.length} posts, ${report.comments} comments, ${report.categories.filter((c) => c.result === 'created').length} categories.`,
  ];
  for (const p of report.posts) {
    if (p.result === 'duplicate') {
      lines.push(`  duplicate  line ${p.line}  ${p.slug}  ${p.title}  (imported before)`);
      continue;
    }
    const sure = p.confidence === undefined ? '' : `, confidence ${p.confidence.toFixed(2)}`;
    const paired = p.paired === undefined ? '' : `, paired ${p.paired}${sure}`;
    const langs = p.languages.length ? `, ${p.languages.join('+')}` : '';
    lines.push(
      `  ${fate(report, p.result)}  line ${p.line}  ${p.slug}  ${p.title}  (${p.status}, ${p.comments} comments${langs}${paired})`,
    );
  }
  const term = (kind: string, c: ImportTerm) =>
    `  ${kind} ${c.result === 'reused' ? 'reused ' : report.dryRun ? 'new    ' : 'created'}  ${c.name} (${c.parent ? `${c.parent}/` : ''}${c.slug})`;
  for (const c of report.categories) lines.push(term('category', c));
  for (const c of report.tags) lines.push(term('tag     ', c));
  for (const a of report.authors ?? []) lines.push(authorLine(a, report.dryRun));
  for (const u of report.unpaired)
    lines.push(`  unpaired  line ${u.line}: ${u.title} (kept in one language)`);
  for (const e of report.errors) lines.push(`  skipped   line ${e.line}: ${e.message}`);
  for (const w of report.warnings) lines.push(`  warning   line ${w.line}: ${w.message}`);
  for (const d of report.dropped)
    lines.push(
      `  dropped   line ${d.line}: ${d.element} ${reasons[d.reason]}${d.excerpt ? `: ${JSON.stringify(d.excerpt)}` : ''}`,
    );
  if (report.media) lines.push(...mediaLines(report.media, report.dryRun));
  return lines;
}

/** Whose posts an export author's become; the login to give `--author` to change it. */
function authorLine(a: ImportAuthorReport, dryRun: boolean): string {
  const user =
    a.user === 'owner'
      ? 'the owner (you)'
      : a.user === 'existing'
        ? `existing user ${a.email}`
        : `${dryRun ? 'new' : 'created'} disabled user ${a.email}`;
  return `  author    ${a.login} (${a.name}), ${a.posts} post${a.posts === 1 ? '' : 's'} → ${user}`;
}

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

/** Media copy's counts, then each file not copied with its address and the reason in words. */
function mediaLines(media: ImportMediaReport, dryRun: boolean): string[] {
  const reused = media.reused ? `, ${media.reused} reused from an earlier import` : '';
  if (dryRun) return [`Media: would copy ${files(media.found - media.reused)}${reused}.`];
  const limit = String(Math.round((media.maxBytes / 1024 / 1024) * 10) / 10);
  return [
    `Media: copied ${files(media.copied)}${reused}, ${media.failed.length} not copied (kept at the old address).`,
    ...media.failed.map((f) => {
      const why = en.imports.mediaReasons[f.reason]
        .replace('{status}', String(f.status ?? ''))
        .replace('{limit}', limit);
      return `  not copied  line ${f.line}  ${f.url}: ${why}`;
    }),
  ];
}
