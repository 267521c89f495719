// Bench content: a realistic bilingual post (20 blocks, ~6,100 characters, 9.3 KB of UTF-8) and comment texts.
import type { BlockKind } from '@/db/schema';

export const BENCH_SLUGS = {
  read: 'bench-night-library',
  approvals: 'bench-night-library-approvals',
} as const;
// The demo category the bench posts are filed under: its page and their month's archive are measured too.
export const BENCH_CATEGORY = 'culture';
export const BENCH_COMMENTS = 200;
// Held comments the approval scenario approves one by one.
export const BENCH_PENDING = 1000;

const EN = [
  'The harbour town of Minato opened its first night library last spring, and the reading room has been full every evening since.',
  'Volunteers keep the doors open until two in the morning, when the last ferry leaves and the fishermen come in to read the papers.',
  'The city council had expected students preparing for exams, but most visitors turned out to be shift workers and parents of small children.',
  'A retired teacher runs a translation circle on Thursdays, where readers bring articles in English and work through them line by line.',
  'Funding comes from a small tax on cruise-ship passengers, which the mayor describes as a way of letting visitors pay for local quiet.',
  'Critics say the money would be better spent on daytime services, pointing to the clinic that still closes at five in the afternoon.',
];
const JA = [
  '港町ミナトでは昨春、初めての夜間図書館が開館し、以来毎晩閲覧室が満席となっている。',
  'ボランティアが午前二時まで扉を開け、最終フェリーが出る頃には漁師たちが新聞を読みにやって来る。',
  '市議会は受験生の利用を見込んでいたが、実際の利用者の多くは交代制の労働者や幼い子どもの親だった。',
  '退職した教師が毎週木曜日に翻訳サークルを開き、参加者は英語の記事を持ち寄って一行ずつ読み進める。',
  '財源はクルーズ船の乗客に課す小さな税で、市長はこれを「訪問者に地元の静けさの代金を払ってもらう仕組み」と説明する。',
  '批判的な人々は、午後五時に閉まる診療所を挙げ、その資金は昼間のサービスに回すべきだと主張する。',
];

const pick = (list: string[], i: number) => list[i % list.length]!;

/** Twenty blocks, every one translated: headings every fifth block, paragraphs of two sentences between. */
export function benchBlocks(): Array<{ kind: BlockKind; texts: { en: string; ja: string } }> {
  return Array.from({ length: 20 }, (_, i) => {
    if (i % 5 === 0)
      return {
        kind: i === 0 ? 'heading' : 'subheading',
        texts: {
          en: `Part ${i / 5 + 1}: ${pick(EN, i).split(',')[0]}`,
          ja: `第${i / 5 + 1}部 ${pick(JA, i).split('、')[0]}`,
        },
      };
    return {
      kind: 'paragraph',
      texts: { en: `${pick(EN, i)} ${pick(EN, i + 1)}`, ja: `${pick(JA, i)}${pick(JA, i + 1)}` },
    };
  });
}

const NAMES = ['港の読者', 'Night owl', 'Keiko', 'Sam from Leeds', '図書館通い', 'Ferry commuter'];
const BODIES = [
  'Thank you for translating this. The part about the translation circle made me smile.',
  'うちの町にも夜の図書館が欲しいです。続報を楽しみにしています。',
  'Is there a map of where the library is? I would like to visit next month.',
  '最後の段落の訳、とても自然で読みやすかったです。',
];

/** The i-th bench comment: varied names and bodies, a unique address per commenter. */
export function benchComment(i: number) {
  return {
    authorName: pick(NAMES, i),
    authorEmail: `reader${i}@bench.example`,
    body: `${pick(BODIES, i)} (#${i})`,
    language: i % 2 ? 'en' : 'ja',
  };
}
