import type { BlockInput } from '@/lib/blocks/types';

// Demo posts written for Taiyaku. `days` is the publication time relative to the seed run.
type DemoBlock = [BlockInput['kind'], string, string | null];
export type DemoPost = {
  slug: string;
  category: string;
  original: 'en' | 'ja';
  status: 'draft' | 'published';
  days: number;
  titles: { en: string; ja: string };
  excerpts?: { en?: string; ja?: string };
  blocks: DemoBlock[];
};

export const DEMO_CATEGORIES = [
  { slug: 'world', names: { ja: '世界', en: 'World' } },
  { slug: 'culture', names: { ja: '文化', en: 'Culture' } },
  { slug: 'kitchen', names: { ja: '台所', en: 'Kitchen' } },
];

export const DEMO_POSTS: DemoPost[] = [
  {
    slug: 'night-reading-room',
    category: 'culture',
    original: 'en',
    status: 'published',
    days: -1,
    titles: { en: 'A harbour town opens its library at night', ja: '港町の図書館、夜も開館へ' },
    excerpts: {
      en: 'Fishermen, nurses and students now share a reading room after dark.',
      ja: '漁師も看護師も学生も、夜の閲覧室へ。',
    },
    blocks: [
      [
        'heading',
        'Harbour town opens its library at night – Coastal Gazette',
        '港町の図書館が夜間開館 – コースタル・ガゼット',
      ],
      ['subheading', 'Shift workers asked for a quiet place to read after 10 p.m.', null],
      [
        'paragraph',
        'The public library in Port Alder will stay open until 2 a.m. four nights a week from 1 April, the town council said on Tuesday.',
        '港町ポート・オルダーの公立図書館は4月1日から、週4日、午前2時まで開館する。町議会が火曜日に発表した。',
      ],
      [
        'paragraph',
        'The idea came from a petition signed by 312 residents, many of them fishermen and hospital staff whose working days end when everything else is closed.',
        null,
      ],
      [
        'paragraph',
        '“We finish at midnight and the only lit places are petrol stations,” said Mara Quinn, a nurse who started the petition. “I wanted somewhere with chairs, books and no music.”',
        '請願を始めた看護師のマラ・クインは「仕事が終わるのは真夜中で、開いているのはガソリンスタンドだけ。椅子と本があって、音楽の流れていない場所が欲しかった」と語った。',
      ],
      ['heading', 'Volunteers and a small budget', null],
      [
        'paragraph',
        'The night hours cost about €40,000 a year — mostly heating and one paid librarian — and volunteers will cover the rest.',
        null,
      ],
      [
        'quote',
        'A library that closes when people are free is a library for somebody else.',
        '人々が自由になる時間に閉まる図書館は、誰か別の人のための図書館だ。',
      ],
      [
        'paragraph',
        'Other towns on the coast are watching: two have asked for the council’s figures after the first three months.',
        null,
      ],
    ],
  },
  {
    slug: 'kamakura-old-bookshop',
    category: 'culture',
    original: 'ja',
    status: 'published',
    days: -3,
    titles: { ja: '鎌倉の古書店、最後の一日', en: 'The last day of a Kamakura bookshop' },
    excerpts: {
      ja: '七十年続いた店が、常連客に見送られて幕を閉じた。',
      en: 'After seventy years, a shop closes its doors among its regulars.',
    },
    blocks: [
      ['heading', '七十年の棚', 'Seventy years of shelves'],
      [
        'paragraph',
        '鎌倉駅から歩いて五分、小町通りの裏にある古書店「波間堂」が、3月31日で閉店した。',
        'Namado, a second-hand bookshop five minutes from Kamakura Station behind Komachi-dori, closed on 31 March.',
      ],
      [
        'paragraph',
        '店主の佐伯さん(82)は「本は減らないのに、読む人が減った」と笑う。最終日には百人を超える客が訪れ、棚はほとんど空になった。',
        'Its owner, Mr Saeki (82), laughs: “The books never ran out; the readers did.” More than a hundred customers came on the last day, and the shelves were nearly empty by evening.',
      ],
      ['subheading', '本の行き先', 'Where the books went'],
      [
        'list',
        '地元の小学校へ絵本を三百冊\n市の図書館へ郷土資料を寄贈\n残りは常連客が一冊百円で',
        'Three hundred picture books to the local primary school\nLocal history material donated to the city library\nThe rest to regulars at ¥100 a book',
      ],
      [
        'paragraph',
        '閉店後の店舗は、近所の若い夫婦が喫茶店として引き継ぐ。「棚は一つ残します」とのことだ。',
        'A young couple from the neighbourhood will turn the shop into a café. “We are keeping one shelf,” they say.',
      ],
    ],
  },
  {
    slug: 'umeboshi-first-batch',
    category: 'kitchen',
    original: 'ja',
    status: 'published',
    days: -6,
    titles: { ja: 'はじめての梅干し', en: 'My first batch of umeboshi' },
    blocks: [
      [
        'paragraph',
        '六月、近所の農家から南高梅を2kg分けてもらった。今年こそ梅干しを漬ける。',
        'In June a neighbouring farmer gave me 2 kg of Nanko plums. This is the year I finally make umeboshi.',
      ],
      ['subheading', '材料', 'Ingredients'],
      ['list', '完熟梅 2kg\n粗塩 300g(18%)\n焼酎 少々', null],
      ['paragraph', '塩分は18%にした。低すぎるとカビが出やすい、と祖母のメモにある。', null],
      ['code', '梅 2000g × 0.18 = 塩 360g', null],
      [
        'paragraph',
        '土用の頃に三日三晩干せば完成。結果はまたここに書く。',
        'Three days and nights of sun in late July and they are done. I will report back here.',
      ],
    ],
  },
  {
    slug: 'rail-strike-talks',
    category: 'world',
    original: 'en',
    status: 'published',
    days: -10,
    titles: {
      en: 'Rail unions and operators agree to talk again',
      ja: '鉄道労組と運行会社、交渉再開へ',
    },
    blocks: [
      [
        'heading',
        'Rail unions and operators agree to resume talks',
        '鉄道労組と運行会社が交渉再開で合意',
      ],
      ['subheading', 'A mediator will chair the first meeting on Monday', null],
      [
        'paragraph',
        'After six weeks of strikes that halved services on the northern lines, both sides said on Friday they would return to the table.',
        '北部路線の運行を半減させた6週間のストライキを経て、双方は金曜日、交渉の席に戻ると表明した。',
      ],
      [
        'paragraph',
        'The dispute is about night-shift pay and the number of staff on each train. Neither side gave details of its new offer.',
        null,
      ],
      [
        'paragraph',
        'Commuters reacted with caution. “I will believe it when the 7:12 runs on time,” one wrote on the operator’s page.',
        null,
      ],
    ],
  },
  {
    slug: 'draft-autumn-notes',
    category: 'culture',
    original: 'ja',
    status: 'draft',
    days: 0,
    titles: { ja: '秋のメモ(下書き)', en: 'Autumn notes (draft)' },
    blocks: [['paragraph', 'まだ書きかけ。公開前に見直す。', null]],
  },
  {
    slug: 'scheduled-winter-market',
    category: 'world',
    original: 'en',
    status: 'published',
    days: 7,
    titles: { en: 'The winter market returns', ja: '冬の市が戻ってくる' },
    blocks: [
      ['paragraph', 'Stalls will open on the square in December.', '12月、広場に屋台が並ぶ。'],
    ],
  },
];
