// What a cached value really holds in memory, for the page store's budget.

// V8 keeps a string with only Latin-1 characters at one byte each, any other at two.
const stringBytes = (text) => text.length * (/[^\u0000-\u00ff]/.test(text) ? 2 : 1);

// Per object or array slot: a pointer and a share of the object's header.
const SLOT = 16;

/**
 * Bytes held by `value`: strings by their V8 width, buffers by length, and a slot per property,
 * element or map entry (objects hold pointers, not copies).
 * @param {unknown} value
 * @returns {number}
 */
export function heldBytes(value) {
  if (typeof value === 'string') return stringBytes(value) + SLOT;
  if (value === null || typeof value !== 'object') return SLOT;
  if (ArrayBuffer.isView(value)) return value.byteLength + 4 * SLOT;
  let total = 2 * SLOT;
  if (value instanceof Map) {
    for (const [key, item] of value) total += heldBytes(key) + heldBytes(item);
    return total;
  }
  for (const [key, item] of Object.entries(value)) total += stringBytes(key) + heldBytes(item);
  return total;
}
