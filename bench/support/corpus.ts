// A synthetic Arabic corpus for the extraction figures, from this project's own sentence templates:
// control statements of every kind (with place names drawn from the gazetteer, actors, dates and
// sources), and plain news sentences that name no place. `statementShare` sets how many sentences
// are statements; the bench measures how many place mentions per KB that gives, to compare with
// the five reports of articles/.
import type { Article, Place } from '../../src/types.ts';
import { seeded } from './grid.ts';

const ACTORS = ['قوات النظام', 'الجيش السوري', 'فصائل المعارضة', 'مقاتلو المعارضة', 'وحدات حماية الشعب', 'القوات الموالية', 'جيش الفتح'];
const DATES = ['اليوم', 'أمس', 'يوم السبت', 'الليلة الماضية', 'فجر اليوم الثلاثاء', 'منذ نحو أسبوع', 'في 28 تشرين الثاني/ نوفمبر', ''];
const SOURCES = ['وقال المرصد السوري لحقوق الإنسان إن', 'وذكرت وكالة سانا أن', 'وقال مصدر عسكري إن', 'وأفاد مراسلنا أن', ''];
const STATEMENTS = [
  '{source} {actor} سيطرت {date} على حي {place} بعد معارك عنيفة',
  '{source} {actor} استعادت السيطرة على {place} {date}',
  'وسقط حي {place} بيد {actor} {date}',
  'وتدور اشتباكات عنيفة في حي {place} منذ {date}',
  'وصد {actor} هجوماً على حي {place}',
  'وانسحب {actor} من حي {place} {date}',
  'وتسعى {actor} إلى السيطرة على حي {place}',
  'وقصفت الطائرات الحربية حي {place} بالبراميل المتفجرة',
  'ونزح مئات المدنيين من حي {place} باتجاه مناطق أخرى',
  'وسيطرت {actor} على أحياء {place} و{place2} و{place3} {date}',
  'ولجأت عائلات إلى حي {place} الخاضع لسيطرة {actor}',
];
const FILLER = [
  'وعقد مجلس الأمن جلسة طارئة لبحث الأوضاع الإنسانية في المدينة المحاصرة',
  'وقال متحدث باسم منظمة إغاثية إن المستودعات باتت فارغة وإن الأدوية نفدت من المستشفيات الميدانية',
  'وتأتي هذه التطورات في وقت تتواصل فيه المشاورات الدبلوماسية بين العواصم المعنية من دون نتيجة واضحة',
  'وأشار التقرير إلى أن أسعار المواد الغذائية ارتفعت أضعافاً خلال الأسابيع الماضية',
  'ودعت منظمات حقوقية إلى فتح ممرات آمنة لخروج الجرحى والمرضى وكبار السن',
  'وأضاف أن فرق الدفاع المدني تعمل في ظروف بالغة الصعوبة بسبب نقص الوقود والمعدات',
  'ومن المقرر أن يصوت المجلس على مشروع قرار جديد خلال الأيام المقبلة',
];

/** About `bytes` of UTF-8 text as articles of some 4 KB, the same for the same seed. */
export function syntheticCorpus(places: readonly Place[], bytes: number, statementShare = 0.35, seed = 11): Article[] {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const names = places.filter((p) => p.kind === 'neighbourhood').map((p) => p.name_ar);
  const encoder = new TextEncoder();
  const articles: Article[] = [];
  let total = 0;
  while (total < bytes) {
    const sentences: string[] = [];
    for (let k = 0; k < 30; k++) {
      const template = random() < statementShare ? pick(STATEMENTS) : pick(FILLER);
      sentences.push(
        template
          .replace('{source}', pick(SOURCES))
          .replace('{actor}', pick(ACTORS))
          .replace('{date}', pick(DATES))
          .replace('{place}', pick(names))
          .replace('{place2}', pick(names))
          .replace('{place3}', pick(names))
          .replace(/\s+/g, ' ')
          .trim() + '.',
      );
    }
    const body = sentences.join(' ').replace(/\. (?=\S)/g, (m) => (random() < 0.2 ? '.\n\n' : m));
    total += encoder.encode(body).length;
    articles.push({
      id: `bench-${articles.length}`,
      published: '2016-12-06',
      source: 'bench',
      url: null,
      title: null,
      language: 'ar',
      body,
      file: `bench-${articles.length}.md`,
    });
  }
  return articles;
}
