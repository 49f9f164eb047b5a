import { describe, expect, it } from 'vitest';
import { normalize, normalizePhrase, toOriginal } from '../../src/text/normalize.ts';
import { sentences } from '../../src/text/segments.ts';
import { tokenize } from '../../src/text/tokens.ts';

describe('normalize', () => {
  it('strips tashkeel and tatweel and unifies alef, yaa and taa marbuta', () => {
    expect(normalize('الميسَّر حيّ أإآٱ مدرسة مصطفى حلـــب').text).toBe('الميسر حي اااا مدرسه مصطفي حلب');
  });

  it('turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(normalize('١٥ تشرين ۲۰۱۶').text).toBe('15 تشرين 2016');
  });

  it('maps a span of the normalised text back to the exact original characters', () => {
    const original = 'سيطرت قوّاتُ النظام على حيّ الشَّعار.';
    const n = normalize(original);
    const at = n.text.indexOf('الشعار');
    const span = toOriginal(n, at, at + 'الشعار'.length);
    expect(original.slice(span.start, span.end)).toBe('الشَّعار');
  });

  it('collapses spaces in lexicon phrases', () => {
    expect(normalizePhrase('  كرم   الميسّر ')).toBe('كرم الميسر');
  });
});

describe('segments and tokens', () => {
  it('ends sentences at Arabic and Latin punctuation but not inside a decimal number', () => {
    const text = 'سقط الحي. هل انسحبوا؟ نعم؛ بنسبة 3.5 بالمئة';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['سقط الحي', 'هل انسحبوا', 'نعم', 'بنسبة 3.5 بالمئة']);
  });

  it('ends a sentence once at a run of marks and line breaks, trims white space around it and drops sentences without a word', () => {
    const text = ' أولا!؟\n\n  ثانيا ... ; 3.\n4.5? 2.x\u00a0';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['أولا', 'ثانيا', '3', '4.5', '2', 'x']);
  });

  it('splits words on anything that is not a letter or a digit', () => {
    expect(tokenize('«حي الشعار»، و15').map((t) => t.text)).toEqual(['حي', 'الشعار', 'و15']);
  });
});
