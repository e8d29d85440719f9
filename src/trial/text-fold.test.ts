import { describe, expect, it } from 'vitest';
import { containsWords, foldPlaceName, foldText, foldWords, slug } from './text-fold';

describe('foldText', () => {
  it('folds case and accents, and keeps spaces and punctuation', () => {
    expect(foldText('São Paulo')).toBe('sao paulo');
    expect(foldText('Zürich')).toBe('zurich');
    expect(foldText('Ñuñoa, ÅRHUS')).toBe('nunoa, arhus');
  });

  it('turns typographic apostrophes into plain ones', () => {
    expect(foldText('Xi’an')).toBe("xi'an");
    expect(foldText('Xi‘an')).toBe("xi'an");
    expect(foldText('Xi`an')).toBe("xi'an");
    expect(foldText("Xi'an")).toBe("xi'an");
  });

  it('spells letters that do not decompose (stroke, ligature) plainly', () => {
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('Tromsø')).toBe('tromso');
    expect(foldText('Đà Nẵng')).toBe('da nang');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Æbeltoft Œuvre Þórshöfn')).toBe('aebeltoft oeuvre thorshofn');
  });

  it('folds the dotted capital I of Turkish to a plain i', () => {
    expect(foldText('İzmir')).toBe('izmir');
  });

  it('leaves scripts without case or accents as they are', () => {
    expect(foldText('陕西 西安')).toBe('陕西 西安');
  });
});

describe('foldPlaceName', () => {
  it('gives one key for the spellings of a place', () => {
    for (const name of ['Xi’an', "Xi'an", 'Xian', 'XI AN', 'xi-an']) {
      expect(foldPlaceName(name)).toBe('xian');
    }
    expect(foldPlaceName('São Paulo')).toBe('saopaulo');
    expect(foldPlaceName('Łódź')).toBe(foldPlaceName('Lodz'));
    expect(foldPlaceName('Zürich')).toBe(foldPlaceName('Zurich'));
    expect(foldPlaceName('St. Pölten')).toBe('stpolten');
  });
});

describe('foldWords', () => {
  it('splits on punctuation and drops apostrophes inside words', () => {
    expect(foldWords("St. Mary's Hospital, São Paulo")).toEqual([
      'st',
      'marys',
      'hospital',
      'sao',
      'paulo',
    ]);
    expect(foldWords('Xi’an Jiaotong University')).toEqual(['xian', 'jiaotong', 'university']);
    expect(foldWords('Uniwersytet Łódzki')).toEqual(['uniwersytet', 'lodzki']);
  });
});

describe('containsWords', () => {
  it('finds a contiguous run of whole words only', () => {
    const words = foldWords('Zürich University Hospital');
    expect(containsWords(words, foldWords('zurich university'))).toBe(true);
    expect(containsWords(words, foldWords('zurich hospital'))).toBe(false);
    expect(containsWords(words, foldWords('zur'))).toBe(false);
    expect(containsWords(words, [])).toBe(false);
  });
});

describe('slug', () => {
  it('strips accents instead of splitting the word at them', () => {
    expect(slug('São Paulo')).toBe('sao-paulo');
    expect(slug('Zürich University Hospital')).toBe('zurich-university-hospital');
  });

  it('spells stroked letters and drops apostrophes', () => {
    expect(slug('Łódź')).toBe('lodz');
    expect(slug('Xi’an Children’s Hospital')).toBe('xian-childrens-hospital');
    expect(slug("St. Mary's Hospital Paris")).toBe('st-marys-hospital-paris');
    expect(slug('Tromsø Straße')).toBe('tromso-strasse');
  });

  it('keeps only ASCII letters and digits, joined by single hyphens', () => {
    expect(slug('  Hôpital — 陕西 No. 2 (Xi’an)  ')).toBe('hopital-no-2-xian');
    expect(slug('陕西')).toBe('');
  });
});
