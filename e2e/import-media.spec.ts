import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { blocks, posts } from '@/db/schema';
import { signInAs } from './support/auth';
import { ExportImportPage, importDone } from './support/export-import-page';
import { expect, test } from './support/fixtures';

const PNG = readFileSync('e2e/fixtures/photo.png');

/** The old blog's server, started by the test on 127.0.0.1: one picture, and a 404 for the rest. */
async function oldSite() {
  const hits: string[] = [];
  const server = http.createServer((request, response) => {
    hits.push(request.url ?? '');
    if (request.url === '/uploads/lantern.png')
      return response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, hits, close: () => new Promise((resolve) => server.close(resolve)) };
}

function wxr(origin: string, slug: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'taiyaku-e2e-media-')), 'export.xml');
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Lantern Notes</title>
  <link>${origin}</link>
  <language>en-US</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${origin}</wp:base_site_url>
  <item>
    <title><![CDATA[Paper lanterns]]></title>
    <link>${origin}/2022/08/01/${slug}/</link>
    <guid isPermaLink="false">${origin}/?p=301</guid>
    <content:encoded><![CDATA[<p>The lanterns along the river at dusk.</p>
<p><img src="${origin}/uploads/lantern.png" alt="Lanterns on the river"></p>
<p><img src="${origin}/uploads/missing.jpg" alt="A lost picture"></p>]]></content:encoded>
    <wp:post_id>301</wp:post_id>
    <wp:post_date><![CDATA[2022-08-01 19:00:00]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[2022-08-01 10:00:00]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[${slug}]]></wp:post_name>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
  </item>
</channel>
</rss>
`,
  );
  return file;
}

test('a WordPress import copies its images from the old site into the media library and lists the one it could not', async ({
  page,
  db,
  request,
}) => {
  // A sign-in (Argon2) and two uploads through the import page.
  test.slow();
  const site = await oldSite();
  const slug = `paper-lanterns-${Date.now()}`;
  try {
    await signInAs(page, 'owner', { next: '/en/admin/posts/import' });
    const form = new ExportImportPage(page);
    await form.choose('WordPress (WXR, .xml)', wxr(site.origin, slug), 'en');
    await expect(page.getByLabel('Copy images into the media library')).toBeChecked();

    await form.dryRun();
    await importDone(form.report).toContainText('2 files would be copied into the media library.');
    expect(site.hits).toEqual([]);

    await form.importNow();
    await importDone(form.report).toContainText(/Created 1 posts?/);
    await expect(form.report).toContainText('1 file copied into the media library');
    await expect(form.list('Images and media from the old site')).toHaveText(
      `Line 10: ${site.origin}/uploads/missing.jpg: the server answered 404`,
    );

    const post = db.select().from(posts).where(eq(posts.slug, slug)).get()!;
    const srcs = db
      .select({ src: blocks.src })
      .from(blocks)
      .where(eq(blocks.postId, post.id))
      .orderBy(blocks.position)
      .all()
      .flatMap((b) => (b.src ? [b.src] : []));
    expect(srcs).toHaveLength(2);
    expect(srcs[0]).toMatch(/^\/media\/[a-f0-9]{32}\.png$/);
    expect(srcs[1]).toBe(`${site.origin}/uploads/missing.jpg`);

    // The copy is served from this site, as an upload is; the post shows it from there.
    const copy = await request.get(srcs[0]!);
    expect(copy.status()).toBe(200);
    expect(copy.headers()['content-type']).toBe('image/png');
    await page.goto(`/en/posts/${slug}`);
    await expect(page.getByRole('img', { name: 'Lanterns on the river' })).toHaveAttribute(
      'src',
      srcs[0]!,
    );
  } finally {
    await site.close();
  }
});
