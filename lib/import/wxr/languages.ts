import { itemLanguage, type ItemLanguage } from '../item-language';
import type { WxrChannel } from './channel';
import type { WxrItem } from './item';

export type LanguageChoice = {
  /** The blog's default language: for items nothing else decides. */
  fallback: string;
  /** `--language` on the command line: beats the channel and the script, not Polylang / WPML. */
  given?: string;
  blog?: string[];
};

// Markup, shortcodes and addresses are Latin letters that say nothing about the post's language.
const letters = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->|<[^>]*>|\[[^\]]*\]|https?:\/\/\S+|&[#\w]+;/g, ' ')
    .replace(/\s+/g, ' ');

/** Every item's language and where it came from; items of one file are decided the same way. */
export function wxrLanguages(
  items: WxrItem[],
  channel: WxrChannel,
  choice: LanguageChoice,
): Map<WxrItem, ItemLanguage> {
  return new Map(
    items.map((item) => [
      item,
      itemLanguage({
        post: item.language,
        given: choice.given,
        channel: channel.language,
        text: `${item.title}\n${letters(item.content)}`,
        fallback: choice.fallback,
        blog: choice.blog,
      }),
    ]),
  );
}
