import { describe, expect, it } from 'vitest';
import { englishNames, findNames, soundOf } from '../../../src/extract/en/names.ts';
import { words } from '../../../src/extract/en/text.ts';
import { gazetteer } from './support.ts';

const names = englishNames(gazetteer);
const placesIn = (text: string) => findNames(words(text), text, names).map((m) => m.place.id);
const namesIn = (text: string) => findNames(words(text), text, names).map((m) => text.slice(m.start, m.end));

describe('English place names', () => {
  it.each([
    ['Masaken Hanano', 'masaken-hanano'],
    ['Hanano', 'masaken-hanano'],
    ['Sakhour', 'sakhour'],
    ['Sakhur', 'sakhour'],
    ['al-Sakhour', 'sakhour'],
    ['Sheikh Saeed', 'sheikh-saeed'],
    ['Sheikh Said', 'sheikh-saeed'],
    ['Bustan al-Qasr', 'bustan-al-qasr'],
    ['Jabal Badro', 'jabal-badro'],
    ['Jabal Badra', 'jabal-badro'],
    ['Tariq al-Bab', 'tariq-al-bab'],
    ['Sheikh Maqsoud', 'sheikh-maqsoud'],
    ['Sheikh Maksoud', 'sheikh-maqsoud'],
    ['the Old City', 'old-city'],
    ['Karm al-Jabal', 'karm-al-jabal'],
    ['Shaar', 'al-shaar'],
    ['al-Shaar', 'al-shaar'],
    ["al-Sha'ar", 'al-shaar'],
    ['Ansari', 'ansari'],
    ['Salaheddine', 'salah-al-din'],
    ['Salah al-Din', 'salah-al-din'],
    ['Sukkari', 'sukkari'],
    ['Mashhad', 'mashhad'],
    ['Ferdous', 'ferdous'],
    ['Kallaseh', 'kallaseh'],
    ['Bustan al-Basha', 'bustan-al-basha'],
    ['Ard al-Hamra', 'ard-al-hamra'],
    ['Haydariya', 'haydariya'],
    ['Jazmati', 'jazmati'],
    ['Karm al-Myassar', 'karm-al-maysar'],
    ['Bab al-Nairab', 'bab-al-nayrab'],
  ])('reads "%s" as %s', (text, id) => {
    expect(placesIn(`Fighting in ${text} went on.`)).toEqual([id]);
  });

  it('matches whatever the case, article, hyphen or apostrophe', () => {
    for (const text of ['KARM AL-JABAL', 'karm el jabal', 'Karm aj-Jabal', 'Karm al Jabal', 'Karm Jabal']) expect(placesIn(text)).toEqual(['karm-al-jabal']);
    for (const text of ["Sha'ar", 'Sha’ar', 'ash-Sha’ar', 'Shaar']) expect(placesIn(text)).toEqual(['al-shaar']);
  });

  it('reads a word the desks spell several ways as one («Karam» for «Karm», «Shaikh» for «Sheikh», «Jebel» for «Jabal»)', () => {
    expect(placesIn('Karam al-Tarrab')).toEqual(['karm-al-tarrab']);
    expect(placesIn('Kerm al-Qaterji')).toEqual(['karm-al-qaterji']);
    expect(placesIn('Shaikh Khodr')).toEqual(['sheikh-khodr']);
    expect(placesIn('Jebel Badro')).toEqual(['jabal-badro']);
    // The same word alone is no name.
    expect(placesIn('The karam grew on the hillside.')).toEqual([]);
  });

  it('matches spellings nobody listed by their sound, for names of two words or long proper nouns', () => {
    expect(placesIn('Bostan al-Qasser')).toEqual(['bustan-al-qasr']);
    expect(placesIn('Sheikh Sa’eid')).toEqual(['sheikh-saeed']);
    expect(placesIn('Haidariyah')).toEqual(['haydariya']);
    expect(soundOf('sakhour')).toBe(soundOf('sakhoor'));
  });

  it('keeps the article in the mention and ends at the name', () => {
    expect(namesIn('troops entered al-Shaar.')).toEqual(['al-Shaar']);
    expect(namesIn('then the Old City fell')).toEqual(['Old City']);
  });

  it('reads names only on word boundaries and never inside other words', () => {
    expect(placesIn('The Ansarian and Sukkarism movements')).toEqual([]);
    expect(placesIn('Shaaring is not a word')).toEqual([]);
  });

  it('does not take English words that sound like a name for one', () => {
    expect(placesIn('The Syrian army and Syrians said')).toEqual([]);
    expect(placesIn('State radio said the ballot was held at the university.')).toEqual([]);
  });

  it('takes a name that is also something else only beside a district word or in a list', () => {
    expect(placesIn('Tishreen newspaper reported it.')).toEqual([]);
    expect(placesIn('the Tishreen district')).toEqual(['tishreen']);
  });

  it('prefers the longest name: Hanano Barracks is not Masaken Hanano', () => {
    expect(placesIn('the Hanano Barracks')).toEqual(['hanano-barracks']);
    expect(placesIn('Masaken Hanano')).toEqual(['masaken-hanano']);
  });

  it('gives no sound key to two places unless a written spelling already names both', () => {
    const owners = (loose: boolean) => {
      const out = new Map<string, Set<string>>();
      for (const list of names.byFirst.values()) {
        for (const form of list.filter((f) => f.loose === loose)) {
          const key = form.keys.join(' ');
          out.set(key, (out.get(key) ?? new Set()).add(form.place.id));
        }
      }
      return out;
    };
    const exact = [...owners(false).values()].filter((ids) => ids.size > 1).map((ids) => [...ids].sort().join(','));
    const shared = [...owners(true)]
      .filter(([, ids]) => ids.size > 1 && !exact.includes([...ids].sort().join(',')))
      .map(([k, ids]) => `${k}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });
});
