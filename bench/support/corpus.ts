// A synthetic Arabic corpus for the extraction figures, from this project's own sentence templates:
// control statements of every kind (with place names drawn from the gazetteer, actors, dates and
// sources), and plain news sentences that name no place. `statementShare` sets how many sentences
// are statements; the bench measures how many place mentions per KB that gives, to compare with
// the five reports of articles/.
import type { Article, Place } from '../../src/types.ts';
import { seeded } from './grid.ts';

const ACTORS = ['قوات النظام', 'الجيش السوري', 'فصائل المعارضة', 'مقاتلو المعارضة', 'وحدات حماية الشعب', 'القوات الموالية', 'جيش الفتح'];
const DATES = ['اليوم', 'أمس', 'يوم السبت', 'الليلة الماضية', 'فجر اليوم الثلاثاء', 'منذ نحو أسبوع', 'في 28 تشرين الثاني/ نوفمبر', ''];
const SOURCES = ['وفي رواية المرصد فإن', 'وتقول وكالة سانا إن', 'ويؤكد ضابط ميداني أن', 'وينقل مراسلنا أن', ''];
const STATEMENTS = [
  '{source} {actor} سيطرت {date} على حي {place} عقب ساعات من القتال',
  '{source} {actor} استعادت السيطرة {date} على حي {place}',
  'وسقط حي {place} {date} في قبضة {actor}',
  'وتتواصل المواجهات داخل حي {place} منذ {date}',
  'وتصدى {actor} لهجوم استهدف حي {place}',
  'وانسحبت مجموعات من {actor} من حي {place} {date}',
  'وتحاول {actor} التقدم للسيطرة على حي {place}',
  'واستهدفت غارات جوية حي {place} بعدة صواريخ',
  'وغادرت عشرات العائلات حي {place} نحو الأحياء الغربية',
  'وأحكمت {actor} سيطرتها {date} على أحياء {place} و{place2} و{place3}',
  'ووصلت أسر نازحة إلى حي {place} الواقع تحت سيطرة {actor}',
];
const FILLER = [
  'وناقش مجلس الأمن في جلسة مغلقة سبل إيصال المساعدات إلى السكان المحاصرين',
  'وحذرت منظمة طبية من أن مخزون الأدوية في المشافي الميدانية يوشك على النفاد',
  'وتستمر الاتصالات بين الأطراف الدولية دون أن تسفر عن اتفاق حتى الآن',
  'وذكر تقرير أممي أن أسعار الخبز والوقود تضاعفت مرات عدة منذ بداية الحصار',
  'وطالبت هيئات إنسانية بممرات تسمح بنقل المصابين وكبار السن إلى خارج المدينة',
  'ويعمل متطوعو الإنقاذ بمعدات قليلة وسط نقص حاد في المحروقات',
  'وينتظر أن يناقش المجلس مسودة قرار جديدة مطلع الأسبوع المقبل',
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
