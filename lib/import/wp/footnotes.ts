import { mtBodyToBlocks } from '../mt/html';

/**
 * Gutenberg's footnotes (the `footnotes` postmeta: JSON `[{ "id", "content" }]`, content HTML) as
 * id → Markdown text on one paragraph. Unreadable JSON gives none: the references keep their numbers.
 */
export function wpFootnotes(json: string, language: string): Map<string, string> {
  let list: unknown;
  try {
    list = JSON.parse(json || '[]');
  } catch {
    return new Map();
  }
  if (!Array.isArray(list)) return new Map();
  const notes = new Map<string, string>();
  for (const note of list as Array<{ id?: unknown; content?: unknown }>) {
    if (typeof note?.id !== 'string' || typeof note.content !== 'string') continue;
    const { blocks } = mtBodyToBlocks(note.content, language);
    const text = blocks.flatMap((b) => b.texts[language] ?? []).join(' ');
    notes.set(note.id, text);
  }
  return notes;
}
