import { XMLParser } from 'fast-xml-parser';
import type { ExportAuthor } from '@/lib/import/authors';
import { decodeText } from '@/lib/import/decode';

const parser = new XMLParser({ parseTagValue: false, processEntities: true });
const AUTHOR = /<wp:author>[\s\S]*?<\/wp:author>/g;

/**
 * The export's authors from the channel head (`<wp:author>`): login → login, email and display
 * name, so a post keeps the name its readers knew and can be given a user. An unreadable entry is
 * skipped (the login is shown instead).
 */
export function wxrAuthors(text: string): Map<string, ExportAuthor> {
  const head = text.slice(0, Math.max(0, text.indexOf('<item')) || text.length);
  const authors = new Map<string, ExportAuthor>();
  for (const [xml] of head.matchAll(AUTHOR)) {
    try {
      const node = (parser.parse(xml) as { 'wp:author'?: Record<string, unknown> })['wp:author'];
      // WordPress writes names entity-escaped inside CDATA (`Ken &amp; Co`): decoded once.
      const field = (name: string) => decodeText(String(node?.[`wp:author_${name}`] ?? '')).trim();
      const login = field('login');
      const email = field('email');
      if (login)
        authors.set(login, { login, name: field('display_name') || login, email: email || null });
    } catch {
      continue;
    }
  }
  return authors;
}
