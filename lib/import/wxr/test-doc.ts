/** Builds small WordPress exports for tests: the RSS wrapper WordPress writes, around items. */
export type TestItem = {
  id: number;
  title?: string;
  content?: string;
  type?: string;
  status?: string;
  dateGmt?: string;
  date?: string;
  language?: string;
  group?: string;
  meta?: Record<string, string>;
  extra?: string;
  /** Defaults to the blog's `?p=id` permalink. */
  guid?: string;
};

/** The channel's own fields: where the export comes from and its `<language>`. */
export type TestChannel = { link?: string; language?: string };

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

export function wxrItem(i: TestItem): string {
  const terms = [
    i.language &&
      `<category domain="language" nicename="${i.language}">${cdata(i.language)}</category>`,
    i.group &&
      `<category domain="post_translations" nicename="${i.group}">${cdata(i.group)}</category>`,
    ...Object.entries(i.meta ?? {}).map(
      ([k, v]) =>
        `<wp:postmeta><wp:meta_key>${cdata(k)}</wp:meta_key><wp:meta_value>${cdata(v)}</wp:meta_value></wp:postmeta>`,
    ),
  ].filter(Boolean);
  return `\t<item>
\t\t<title>${cdata(i.title ?? '')}</title>
\t\t<guid isPermaLink="false">https://blog.example/?p=${i.id}</guid>
\t\t<content:encoded>${cdata(i.content ?? '')}</content:encoded>
\t\t<wp:post_id>${i.id}</wp:post_id>
\t\t<wp:post_date>${cdata(i.date ?? '2024-01-15 19:00:00')}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(i.dateGmt ?? '2024-01-15 10:00:00')}</wp:post_date_gmt>
\t\t<wp:status>${cdata(i.status ?? 'publish')}</wp:status>
\t\t<wp:post_type>${cdata(i.type ?? 'post')}</wp:post_type>
${terms.map((t) => `\t\t${t}`).join('\n')}${i.extra ?? ''}
\t</item>`;
}

export function wxrDocument(items: string[], channel: TestChannel = {}): string {
  const head = [
    channel.link && `\t<link>${channel.link}</link>`,
    channel.language && `\t<language>${channel.language}</language>`,
  ].filter(Boolean);
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Test blog</title>
${head.map((h) => `${h}\n`).join('')}\t<wp:wxr_version>1.2</wp:wxr_version>
${items.join('\n')}
</channel>
</rss>
`;
}
