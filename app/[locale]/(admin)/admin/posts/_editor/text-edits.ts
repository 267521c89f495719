/** The toolbar's Markdown edits: pure functions from a textarea's value and selection to new ones. */
export const TEXT_EDITS = ['bold', 'italic', 'link', 'list', 'table', 'footnote', 'ruby'] as const;
export type TextEdit = (typeof TEXT_EDITS)[number];
export type TextState = { value: string; start: number; end: number };

/**
 * Wraps the selection; with none, the caret lands between the marks, ready to type. `pick`: what to
 * select in `after` instead (a link's address, a ruby's reading), as offsets into it.
 */
function wrap(s: TextState, before: string, after: string, pick?: [number, number]): TextState {
  const picked = s.value.slice(s.start, s.end);
  const value = s.value.slice(0, s.start) + before + picked + after + s.value.slice(s.end);
  const inner = s.start + before.length;
  if (pick)
    return { value, start: inner + picked.length + pick[0], end: inner + picked.length + pick[1] };
  return { value, start: inner, end: inner + picked.length };
}

/** Starts every line the selection touches with `- ` (a bullet list). */
function list(s: TextState): TextState {
  const from = s.value.lastIndexOf('\n', s.start - 1) + 1;
  const to = s.value.indexOf('\n', s.end) < 0 ? s.value.length : s.value.indexOf('\n', s.end);
  const lines = s.value
    .slice(from, to)
    .split('\n')
    .map((l) => `- ${l}`);
  const block = lines.join('\n');
  return {
    value: s.value.slice(0, from) + block + s.value.slice(to),
    start: from + 2,
    end: from + block.length,
  };
}

/** Inserts a block of its own: separated by a blank line from any text around it. */
function insertBlock(s: TextState, block: string, caret: number): TextState {
  const head = s.value.slice(0, s.end).replace(/\s*$/, '');
  const tail = s.value.slice(s.end).replace(/^\s*/, '');
  const lead = head ? `${head}\n\n` : '';
  const value = lead + block + (tail ? `\n\n${tail}` : '');
  return { value, start: lead.length + caret, end: lead.length + caret };
}

/** A reference at the caret and its note at the end, numbered after the block's last one. */
function footnote(s: TextState): TextState {
  const used = [...s.value.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
  const n = Math.max(0, ...used) + 1;
  const ref = `[^${n}]`;
  const body = (s.value.slice(0, s.end) + ref + s.value.slice(s.end)).replace(/\s*$/, '');
  const value = `${body}\n\n[^${n}]: `;
  return { value, start: value.length, end: value.length };
}

export function applyEdit(s: TextState, edit: TextEdit): TextState {
  switch (edit) {
    case 'bold':
      return wrap(s, '**', '**');
    case 'italic':
      return wrap(s, '*', '*');
    case 'link':
      return wrap(s, '[', '](https://)', [2, 10]);
    case 'list':
      return list(s);
    case 'table':
      return insertBlock(s, '|  |  |\n| --- | --- |\n|  |  |', 2);
    case 'footnote':
      return footnote(s);
    case 'ruby':
      return wrap(s, '｜', '《》', [1, 1]);
  }
}
