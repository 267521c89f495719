import { decodeHTML } from 'entities';

/**
 * Titles, excerpts and term names as WordPress and Movable Type export them still carry HTML
 * entities (`&#039;`, `&amp;`) after the XML layer: decoded once here (never twice, so a literal
 * "&amp;amp;" written by the author keeps one "&amp;"), and put in NFC so the same name typed
 * on two systems is one category.
 */
export const decodeText = (text: string): string => decodeHTML(text).normalize('NFC');
