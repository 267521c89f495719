import { eq } from 'drizzle-orm';
import { blocks } from '@/db/schema';
import { expect, test } from './support/fixtures';
import { insertPost, unique } from './support/posts';

const IMAGE = 'https://images.example.org/maple-bridge.jpg';

test('every reading view shows the same facts: each untranslated block marked with its suggest link, the image once', async ({
  page,
  db,
}) => {
  const slug = unique('same-facts');
  const id = insertPost(db, {
    slug,
    titles: { en: `Same facts ${slug}`, ja: `同じ事実 ${slug}` },
    blocks: [
      { texts: { en: 'The bridge is old.', ja: '橋は古い。' } },
      { texts: { en: 'Nobody translated this one.' } },
      { kind: 'image', texts: { en: 'The maple bridge', ja: '紅葉の橋' } },
    ],
  });
  db.update(blocks).set({ src: IMAGE }).where(eq(blocks.postId, id)).run();
  const row = page.locator('#reading .row', { hasText: 'Nobody translated this one.' });
  const images = page.locator(`#reading img[src="${IMAGE}"]`).filter({ visible: true });

  for (const view of ['side-by-side', 'interleaved', 'single'] as const) {
    await page.goto(`/en/posts/${slug}?view=${view}&lang=ja`);
    await expect(page.locator('#reading')).toHaveAttribute('data-view', view);
    // The untranslated paragraph says so, in words, and offers the suggestion page.
    const marker = view === 'single' ? 'Original text (not translated)' : 'Not translated';
    await expect(row.getByText(marker, { exact: true })).toBeVisible();
    const suggest = row.getByRole('link', { name: 'Suggest a translation' });
    await expect(suggest).toBeVisible();
    await expect(suggest).toHaveAttribute('href', new RegExp(`/en/posts/${slug}/suggest/\\d+/ja$`));
    // The image is the same in both languages: shown once, with the translated caption under it.
    await expect(images, view).toHaveCount(1);
    await expect(page.locator('#reading .row.media').getByText('紅葉の橋')).toBeVisible();
  }
});
