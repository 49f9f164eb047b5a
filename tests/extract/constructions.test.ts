import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { articleOf, realGazetteer } from '../support/gazetteer.ts';

const gaz = realGazetteer();
const lex = loadLexicon();
const read = (text: string, published?: string) => extractArticle(articleOf(text, published), gaz, lex);

// One case per construction, positive and negative, lives in tests/annotations/sentences.yaml (run by
// tests/extract/gold.test.ts and `npm run eval`). These are the properties no table row shows.

describe('control statements', () => {
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

  it('lowers the confidence of a report that hedges, and more for one that says it is unconfirmed', () => {
    const plain = read('وسيطرت قوات النظام على حي الشيخ لطفي.').events[0]!.confidence;
    const reported = read('وتحدثت أنباء عن سيطرة قوات النظام على حي الشيخ لطفي.').events[0]!.confidence;
    const unconfirmed = read('وتحدثت أنباء غير مؤكدة عن سيطرة قوات النظام على حي الشيخ لطفي.').events[0]!.confidence;
    expect(plain).toBeGreaterThan(reported);
    expect(reported).toBeGreaterThan(unconfirmed);
  });

  it('does not take the news agency in «وكالة الأنباء» for a hedge', () => {
    const [viaAgency] = read('ونقلت وكالة الأنباء السورية عن مصدر عسكري أن الجيش سيطر على حي الشيخ لطفي.').events;
    const [direct] = read('ونقل مصدر عسكري أن الجيش سيطر على حي الشيخ لطفي.').events;
    expect(viaAgency!.confidence).toBe(direct!.confidence);
  });

  it("gives the lead's day to a statement without a date of its own", () => {
    const body = 'خاضت قوات النظام أمس معارك عنيفة في شرق حلب.\nوقال المرصد إن معارك عنيفة تتركز في حي كرم الميسر.';
    expect(read(body, '2016-12-05').events[0]).toMatchObject({ date: '2016-12-04', date_earliest: '2016-12-04', date_latest: '2016-12-05' });
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

describe('statements that are not control changes', () => {
  it('does not take a slogan for al-Shaar: a common-word name needs a place context', () => {
    const { events, ignored } = read('ورفع المتظاهرون الشعار نفسه في ساحة المدينة.');
    expect([...events, ...ignored].filter((x) => x.place.id === 'al-shaar')).toEqual([]);
  });

  it('reads a common-word name that comes right after a short frame at the start of a sentence', () => {
    expect(read('سيطر الجيش على الصاخور والحيدرية، وهي أحياء كانت تحت سيطرة المعارضة.').events.map((e) => e.place.id)).toContain('sakhour');
  });

  it('never reads a name across a sentence end', () => {
    const { events } = read('وسيطر الجيش على حي الشيخ.\nسعيد قال إن الجيش سيطر على حي الصاخور.');
    expect(events.map((e) => e.place.id)).toEqual(['sakhour']);
  });

  it('accepts a common-word name after a district word', () => {
    expect(read('وسيطر الجيش على حي الشعار.').events.map((e) => e.place.id)).toEqual(['al-shaar']);
  });
});

describe('areas', () => {
  it('speaks of every district of an area taken whole, each marked as coming through the area', () => {
    const { events } = read('وانسحبت كتائب المعارضة ليلة أمس من كامل أحياء حلب القديمة.');
    const members = gaz.districtsOf('old-city');
    expect(members.length).toBeGreaterThan(3);
    expect(
      events
        .filter((e) => e.via?.id === 'old-city')
        .map((e) => e.place.id)
        .sort(),
    ).toEqual([...members].sort());
    expect(events.every((e) => e.kind === 'capture' && e.controller === 'government' && e.date === '2016-12-05')).toBe(true);
  });

  it('keeps an area named only in part as one event on the area', () => {
    const { events } = read('وسيطرت قوات النظام على أجزاء من حلب القديمة.');
    expect(events.map((e) => [e.place.id, e.kind])).toEqual([['old-city', 'contested']]);
  });
});
