import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ parseTagValue: false, processEntities: true });
const AUTHOR = /<wp:author>[\s\S]*?<\/wp:author>/g;

/**
 * The export's authors from the channel head (`<wp:author>`): login → display name, so a post
 * keeps the name its readers knew. An unreadable entry is skipped (the login is shown instead).
 */
export function wxrAuthors(text: string): Map<string, string> {
  const head = text.slice(0, Math.max(0, text.indexOf('<item')) || text.length);
  const names = new Map<string, string>();
  for (const [xml] of head.matchAll(AUTHOR)) {
    try {
      const node = (parser.parse(xml) as { 'wp:author'?: Record<string, unknown> })['wp:author'];
      const login = String(node?.['wp:author_login'] ?? '').trim();
      const display = String(node?.['wp:author_display_name'] ?? '').trim();
      if (login) names.set(login, display || login);
    } catch {
      continue;
    }
  }
  return names;
}
