import { imageSrc } from '@/lib/validations/url';
import { warnOnce } from '@/lib/warn-once';

/**
 * A stored image address as renderers may use it, or null to skip the image. Rows written before
 * validation was strict, or by hand, can hold anything: a bad one is logged, never thrown.
 */
export function storedImageSrc(src: string | null | undefined): string | null {
  if (!src) return null;
  const valid = imageSrc(src);
  if (valid === null)
    warnOnce(
      `image:${src}`,
      `Skipped an image with an invalid stored address: ${JSON.stringify(src.slice(0, 200))}`,
    );
  return valid;
}

/** The same, absolute against the site's base URL (feeds): uploads are site-relative. */
export function absoluteImageSrc(src: string | null | undefined, base: string): string | null {
  const valid = storedImageSrc(src);
  return valid === null ? null : new URL(valid, base).href;
}
