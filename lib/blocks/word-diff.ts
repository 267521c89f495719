export type DiffPart = { op: 'same' | 'del' | 'ins'; text: string };

// Words, runs of space, and single CJK characters (those scripts have no spaces between words).
const TOKEN =
  /\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}_'’-]+|[^\s]/gu;
// Past this many cells the table costs more than the diff is worth: the middle is shown replaced.
const MAX_CELLS = 250_000;

const tokens = (text: string) => text.match(TOKEN) ?? [];

function push(parts: DiffPart[], op: DiffPart['op'], text: string) {
  const last = parts.at(-1);
  if (last?.op === op) last.text += text;
  else if (text) parts.push({ op, text });
}

/** Longest-common-subsequence diff of two token lists (both already short enough). */
function lcsDiff(a: string[], b: string[], parts: DiffPart[]) {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i++]!);
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!)
      push(parts, 'del', a[i++]!);
    else push(parts, 'ins', b[j++]!);
  }
  while (i < a.length) push(parts, 'del', a[i++]!);
  while (j < b.length) push(parts, 'ins', b[j++]!);
}

/** A word-level diff from `before` to `after`: what was kept, removed and added, in order. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, 'del', midA.join(''));
    push(parts, 'ins', midB.join(''));
  } else lcsDiff(midA, midB, parts);
  push(parts, 'same', a.slice(a.length - end).join(''));
  return parts;
}
