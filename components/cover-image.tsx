import { storedImageSrc } from '@/lib/blocks/stored-src';
import './cover-image.css';

/**
 * A post's cover picture (cards, the top of the post). Decorative: the title beside it names the
 * post, so screen readers skip it. A bad stored address shows nothing.
 */
export function CoverImage({ src, eager }: { src: string | null | undefined; eager?: boolean }) {
  const safe = storedImageSrc(src);
  return safe ? (
    // eslint-disable-next-line @next/next/no-img-element -- uploads are served by our own route, sized by CSS
    <img className="cover" src={safe} alt="" loading={eager ? 'eager' : 'lazy'} />
  ) : null;
}
