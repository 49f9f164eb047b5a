import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.ts';
import { tokenize } from '../../src/text/tokens.ts';
import { findMentions, nameCandidates, prefixReadings } from '../../src/gazetteer/match.ts';
import { realGazetteer } from '../support/gazetteer.ts';

const gaz = realGazetteer();
const idsIn = (text: string) => findMentions(tokenize(normalize(text).text), gaz).map((m) => m.place.id);

describe('gazetteer matching', () => {
  it.each([
    ['وحي الشعار', ['al-shaar']],
    ['بالشعار', ['al-shaar']],
    ['للشعار', ['al-shaar']],
    ['وبكرم الجبل', ['karm-al-jabal']],
    ['أحياء الشعار وضهرة عواد وجورة عواد وكرم البيك وكرم الجبل', ['al-shaar', 'dahrat-awwad', 'jourat-awwad', 'karm-al-bek', 'karm-al-jabal']],
    ['حيي الإذاعة وجب الجلبي', ['idaa', 'jub-al-jalabi']],
  ])('finds the places in «%s» whatever clitics they carry', (text, ids) => {
    expect(idsIn(text)).toEqual(ids);
  });

  it('prefers the longest name: ثكنة هنانو is the barracks, not Masaken Hanano', () => {
    expect(idsIn('قرب ثكنة هنانو')).toEqual(['hanano-barracks']);
    expect(idsIn('في حي هنانو')).toEqual(['masaken-hanano']);
  });

  it('finds spelling variants as well as the main name', () => {
    expect(idsIn('حي الميسّر')).toEqual(['karm-al-maysar']);
    expect(idsIn('جبل الجلبي')).toEqual(['jub-al-jalabi']);
  });

  it('never stems the name itself: a word that merely starts like a name is not a match', () => {
    expect(idsIn('الشعارات المرفوعة')).toEqual([]);
  });

  it('reads و/ف, then ب/ل/ك, then لل as ل + ال', () => {
    expect(prefixReadings('وللشعار').map((r) => r.rest)).toContain('الشعار');
    expect(prefixReadings('فبكرم').map((r) => r.rest)).toContain('كرم');
  });

  it('turns no word away that begins a name: every first word, behind every run of clitics, still finds its names', () => {
    const missed: string[] = [];
    for (const first of gaz.byFirstWord.keys()) {
      const words = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'].map((clitic) => clitic + first);
      if (first.startsWith('ال')) words.push(`لل${first.slice(2)}`, `ولل${first.slice(2)}`, `فلل${first.slice(2)}`);
      for (const word of words) {
        const expected = prefixReadings(word).filter((r) => gaz.byFirstWord.has(r.rest)).length;
        if (nameCandidates(word, gaz).length !== expected) missed.push(word);
      }
    }
    expect(missed).toEqual([]);
  });

  it('sends landmarks and roundabouts to the district that contains them', () => {
    for (const id of ['citadel', 'eye-hospital', 'jazmati-roundabout']) expect(gaz.districtsOf(id)).toHaveLength(1);
    expect(gaz.districtsOf('jazmati-roundabout')).toEqual(['jazmati']);
  });

  it('keeps villages outside the city off the district map', () => {
    expect(gaz.districtsOf('nubl')).toEqual([]);
  });
});
