import type { Nodes } from 'hast';
import { escapeHtml } from '../inline';

const VOID = new Set(['br', 'hr', 'input']);

/** `ariaDescribedBy` → `aria-describedby`, `dataFootnoteRef` → `data-footnote-ref`. */
function attributeName(key: string): string {
  if (key === 'className') return 'class';
  if (key.startsWith('aria')) return `aria-${key.slice(4).toLowerCase()}`;
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** HTML attribute names for the few hast properties a sanitized block tree can carry. */
function attributes(props: Record<string, unknown>): string {
  return Object.entries(props)
    .map(([key, value]) => {
      if (value === false || value === null || value === undefined) return '';
      const name = attributeName(key);
      const text = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
      return ` ${name}="${escapeHtml(text)}"`;
    })
    .join('');
}

/** A sanitized hast tree as HTML for feeds: every text and attribute value is escaped. */
export function hastToHtml(node: Nodes): string {
  if (node.type === 'text') return escapeHtml(node.value);
  if (node.type === 'root') return node.children.map(hastToHtml).join('');
  if (node.type !== 'element') return '';
  const open = `<${node.tagName}${attributes(node.properties)}`;
  if (VOID.has(node.tagName)) return `${open}/>`;
  return `${open}>${node.children.map(hastToHtml).join('')}</${node.tagName}>`;
}
