/** One non-empty line of pasted text, with where it sat on the page. */
export type Paragraph = {
  text: string;
  /** 0-based line number in the pasted text. */
  line: number;
  /** Blank lines directly above it; a translator's layout often keeps these as placeholders. */
  blankBefore: number;
};

/** NFC, trimmed, runs of ASCII/NBSP/tab whitespace collapsed; typographic punctuation untouched. */
export function normalizeLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/[ \t\u00a0\f\v]+/g, ' ')
    .trim();
}

/**
 * Every non-empty line is a paragraph: pasted blogs glue headline, standfirst and first
 * paragraph without blank lines, so blank lines only separate, they don't group.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: Paragraph[] = [];
  let blanks = 0;
  lines.forEach((raw, line) => {
    const text = normalizeLine(raw);
    if (!text) {
      blanks += 1;
      return;
    }
    out.push({ text, line, blankBefore: blanks });
    blanks = 0;
  });
  return out;
}

/** Ends like a sentence (., !, ?, 。 …), possibly followed by closing quotes or brackets. */
export function hasTerminalPunctuation(text: string): boolean {
  return /[.!?。！？…:：]["'”’」』)）\]]*$/.test(text);
}
