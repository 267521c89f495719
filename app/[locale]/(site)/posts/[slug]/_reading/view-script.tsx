import { LANG_COOKIE, VIEW_COOKIE } from './reading-state';

// Runs while the article's first row is still unparsed, so the reader's remembered view (a cookie
// the cached page cannot know) shows at first paint, with no flash and no per-request render.
// Its hash goes into the page's CSP with the rest of the page's inline scripts.
const SOURCE = `(function(){var a=document.currentScript.parentNode,p=(a.getAttribute('data-pair')||'').split(' ');
function c(n){var m=document.cookie.match(new RegExp('(?:^|; )'+n+'=([^;]*)'));return m?decodeURIComponent(m[1]):null}
var v=c('${VIEW_COOKIE}'),l=c('${LANG_COOKIE}');if(!p[1])return;
if(v==='side-by-side'||v==='single'||v==='interleaved')a.setAttribute('data-view',v);
if(l===p[0]||l===p[1]){a.setAttribute('data-lang',l);a.setAttribute('data-side',l===p[0]?'original':'translation')}})()`;

/**
 * The remembered view, applied before first paint; placed as the article's first child. Cached
 * pages allow it by hash; a page rendered per request passes its CSP nonce.
 */
export function ViewScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SOURCE }} />;
}
