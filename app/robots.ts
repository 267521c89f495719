import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** Crawlers may read the blog, not the admin, sign-in or API routes. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = siteUrl();
  return {
    rules: [
      { userAgent: '*', allow: '/', disallow: ['/api/', '/*/admin', '/*/login', '/*/search'] },
    ],
    sitemap: `${base}/sitemap.xml`,
  };
}
