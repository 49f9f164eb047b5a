import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { articleOf, realGazetteer } from '../support/gazetteer.ts';

const gaz = realGazetteer();
const lex = loadLexicon();
const read = (text: string, published?: string) => extractArticle(articleOf(text, published), gaz, lex);

/** Table rows: a sentence written for this test → the one event expected from it. Published Tuesday 6 Dec 2016. */
const EVENTS: [string, string, { place: string; kind: string; controller: string; date: string }][] = [
  ['active verb, army subject', 'سيطر الجيش السوري اليوم على حي الصاخور بعد معارك استمرت ساعات.', { place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-12-06' }],
  ['regained control, regime forces, yesterday', 'واستعادت قوات النظام أمس السيطرة على حي الشيخ خضر.', { place: 'sheikh-khodr', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  ['opposition recapture, bare weekday', 'استعادت فصائل المعارضة يوم الأحد حي بستان الباشا.', { place: 'bustan-al-basha', kind: 'capture', controller: 'opposition', date: '2016-12-04' }],
  ['wrest, named coalition', 'وانتزع مقاتلو جيش الفتح حي العامرية من القوات الموالية.', { place: 'amiriyah', kind: 'capture', controller: 'opposition', date: '2016-12-06' }],
  ['state-media euphemism', 'وحدات من الجيش تعيد الأمن والاستقرار إلى حي الحيدرية.', { place: 'haydariya', kind: 'capture', controller: 'government', date: '2016-12-06' }],
  ['passive: fell to', 'وسقط حي الصالحين بيد قوات النظام مساء الاثنين.', { place: 'salhin', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  ['state: came under control', 'وبات حي المرجة تحت سيطرة الجيش منذ يومين.', { place: 'marjeh', kind: 'capture', controller: 'government', date: '2016-12-04' }],
  ['withdrawal gives the place to the other side', 'وانسحبت الفصائل من حي جبل بدرو الليلة الماضية.', { place: 'jabal-badro', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  ['repelled attack: the holder holds', 'وصدت المعارضة هجوماً عنيفاً على حي الشيخ سعيد.', { place: 'sheikh-saeed', kind: 'hold', controller: 'opposition', date: '2016-12-06' }],
  ['Kurdish-held, noun frame after the name', 'ونزح المئات إلى حي الشيخ مقصود الخاضع لسيطرة وحدات حماية الشعب.', { place: 'sheikh-maqsoud', kind: 'hold', controller: 'kurdish', date: '2016-12-06' }],
  ['fighting inside: contested', 'وتدور اشتباكات عنيفة في حي الكلاسة منذ صباح اليوم.', { place: 'kallaseh', kind: 'contested', controller: 'contested', date: '2016-12-06' }],
  ['partial: parts of', 'وسيطرت قوات النظام على أجزاء من حي باب النيرب.', { place: 'bab-al-nayrab', kind: 'contested', controller: 'contested', date: '2016-12-06' }],
  ['denied claim becomes contested', 'وأعلن الجيش السيطرة على حي الفردوس لكن مسؤولاً في المعارضة نفى ذلك.', { place: 'ferdous', kind: 'contested', controller: 'contested', date: '2016-12-06' }],
  ['anaphora: «وهي أحياء … عليها»', 'وتدور معارك على أطراف أحياء الحيدرية وعين التل، وهي أحياء تمكن الجيش من السيطرة عليها يوم السبت.', { place: 'haydariya', kind: 'capture', controller: 'government', date: '2016-12-03' }],
  ['landmark lands on its district', 'وسيطرت قوات النظام على دوار الجزماتي فجر اليوم.', { place: 'jazmati', kind: 'capture', controller: 'government', date: '2016-12-06' }],
  ['explicit date, both month families', 'وفي 28 تشرين الثاني/ نوفمبر سيطر الجيش على حي الصاخور.', { place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-11-28' }],
  ['night between two days', 'وسيطرت الفصائل ليل الجمعة - السبت على حي الأنصاري الشرقي.', { place: 'ansari-sharqi', kind: 'capture', controller: 'opposition', date: '2016-12-02' }],
];

describe('control statements', () => {
  it.each(EVENTS)('reads %s', (_, sentence, want) => {
    const { events } = read(sentence);
    expect(events.map((e) => ({ place: e.place.id, kind: e.kind, controller: e.controller, date: e.date }))).toContainEqual(want);
    expect(events.filter((e) => e.place.id === want.place)).toHaveLength(1);
  });

  it('keeps the exact sentence as evidence, with offsets into the original text', () => {
    const body = 'مقدمة.\nوسيطرت قوّاتُ النظام على حيّ الشَّعار.';
    const [event] = read(body).events;
    expect(body.slice(event!.evidence.start, event!.evidence.end)).toBe(event!.evidence.sentence);
    expect(event!.evidence.sentence).toBe('وسيطرت قوّاتُ النظام على حيّ الشَّعار');
    expect(body.slice(event!.mention.start, event!.mention.end)).toBe('الشَّعار');
  });

  it('names who says so', () => {
    const [sohr] = read('وقال المرصد السوري إن قوات النظام سيطرت على حي الصاخور.').events;
    const [sana] = read('وذكرت وكالة سانا أن وحدات من الجيش أعادت الأمن والاستقرار إلى حي الصاخور.').events;
    expect([sohr!.attribution, sana!.attribution]).toEqual(['SOHR', 'SANA']);
  });

  it('records most-of statements as captures that say so', () => {
    const [e] = read('واستعادت المعارضة السيطرة على معظم حي الميسر.').events;
    expect(e).toMatchObject({ kind: 'capture', controller: 'opposition', extent: 'most' });
  });

  it('gives every list member the frame of the list', () => {
    const { events } = read('سيطرت قوات النظام على أحياء الشعار وضهرة عواد وجورة عواد.');
    expect(events.map((e) => e.place.id)).toEqual(['al-shaar', 'dahrat-awwad', 'jourat-awwad']);
  });
});

/** Sentences that name a place but change nothing: expected reason in `ignored`, and no event. */
const NOT_EVENTS: [string, string, string, string][] = [
  ['intent', 'وتسعى قوات النظام إلى التقدم والسيطرة على حي الصاخور.', 'sakhour', 'intent'],
  ['attempt', 'وحاولت قوات النظام التقدم في حي الشيخ سعيد دون جدوى.', 'sheikh-saeed', 'attempt'],
  ['threat', 'وباتت أحياء الكلاسة مهددة بالسقوط.', 'kallaseh', 'threat'],
  ['shelling', 'وقصفت الطائرات الحربية حي الصالحين بالبراميل.', 'salhin', 'shelling'],
  ['air strikes', 'وشنت الطائرات الروسية غارات على حي بستان القصر.', 'bustan-al-qasr', 'shelling'],
  ['civilians fleeing', 'ونزح آلاف المدنيين من حي الشيخ سعيد.', 'sheikh-saeed', 'displacement'],
  ['refusal to withdraw', 'ورفضت الفصائل الانسحاب من حي السكري.', 'sukkari', 'refusal'],
  ['direction, not the scene', 'وتقدمت قوات النظام باتجاه حي المشهد.', 'mashhad', 'direction'],
  ['fighting on the outskirts', 'وتدور اشتباكات على أطراف حي الصالحين.', 'salhin', 'outskirts'],
  ['no frame at all', 'وبث التلفزيون مشاهد من حي الصاخور.', 'sakhour', 'no-frame'],
];

describe('statements that are not control changes', () => {
  it.each(NOT_EVENTS)('ignores %s', (_, sentence, place, reason) => {
    const { events, ignored } = read(sentence);
    expect(events.filter((e) => e.place.id === place)).toEqual([]);
    expect(ignored.map((i) => [i.place.id, i.reason])).toContainEqual([place, reason]);
  });

  it('does not take a slogan for al-Shaar: a common-word name needs a place context', () => {
    const { events, ignored } = read('ورفع المتظاهرون الشعار نفسه في ساحة المدينة.');
    expect([...events, ...ignored].filter((x) => x.place.id === 'al-shaar')).toEqual([]);
  });

  it('accepts a common-word name after a district word', () => {
    expect(read('وسيطر الجيش على حي الشعار.').events.map((e) => e.place.id)).toEqual(['al-shaar']);
  });
});
