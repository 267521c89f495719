/**
 * Footnotes (WordPress's Gutenberg footnotes: `<sup data-fn="id">` in the text, their contents in
 * the `footnotes` postmeta). Each becomes `[^n]`, numbered in the order the post refers to them,
 * and its definition goes into the block holding the reference, where the Markdown parser finds it.
 */
export type Notes = {
  /** Footnote id → its text as Markdown. */
  defs: Map<string, string>;
  labels: Map<string, number>;
  written: Set<number>;
};

export const notesOf = (defs: Map<string, string> = new Map()): Notes => ({
  defs,
  labels: new Map(),
  written: new Set(),
});

/** The reference for footnote `id`, or null when the post has no such footnote. */
export function noteRef(notes: Notes, id: string): string | null {
  const text = notes.defs.get(id);
  if (text === undefined) return null;
  let n = notes.labels.get(id);
  if (n === undefined) notes.labels.set(id, (n = notes.labels.size + 1));
  return `[^${n}]`;
}

/** `text` with the definitions of the footnotes it refers to (each written once per post). */
export function attachNotes(notes: Notes, text: string): string {
  if (!notes.labels.size) return text;
  const ids = new Map([...notes.labels].map(([id, n]) => [n, id]));
  const defs: string[] = [];
  for (const [, label] of text.matchAll(/\[\^(\d+)\]/g)) {
    const n = Number(label);
    const id = ids.get(n);
    if (id === undefined || notes.written.has(n)) continue;
    notes.written.add(n);
    defs.push(`[^${n}]: ${notes.defs.get(id)!.replace(/\n\s*\n/g, '\n')}`);
  }
  return defs.length ? `${text}\n\n${defs.join('\n\n')}` : text;
}

/** Footnotes no text refers to (or whose reference ended up where Markdown cannot hold one). */
export function unwrittenNotes(notes: Notes): string[] {
  return [...notes.defs].flatMap(([id, text]) => {
    const n = notes.labels.get(id);
    return n !== undefined && notes.written.has(n) ? [] : [text];
  });
}
