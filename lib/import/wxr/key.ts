import { fnv1a64 } from '../mt/key';
import type { WxrChannel } from './channel';
import type { WxrItem } from './item';

/**
 * Identity of an imported item: the source site, its post id and its GUID together. GUIDs alone
 * repeat in real exports (a translated clone keeps the original site's GUIDs; the theme unit
 * test has two posts with one GUID), and ids alone repeat across sites. Stable across exports of
 * the same blog, so a re-import finds every post again.
 */
export const wxrItemKey = (channel: Pick<WxrChannel, 'site'>, item: WxrItem) =>
  `wxr:${fnv1a64(`${channel.site}\n${item.id}\n${item.guid || item.title}`)}`;
