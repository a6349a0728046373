import { describe, expect, it } from 'vitest';
import { foldDa, tokenize, unfoldings, isFoldable } from '../../../src/lib/search/fold';
import { countWords, makeVocabulary } from '../../../src/lib/search/vocabulary';
import { editDistance, suggestWord } from '../../../src/lib/search/suggest';
import { planAttempts, planWord, didYouMean } from '../../../src/lib/search/relax';
import { namesHub, hubNames } from '../../../src/lib/search/hubs';
import { isStopWord } from '../../../src/lib/search/stopwords';
import { relaxedMessage, searchUrl } from '../../../src/lib/searchQuery';

const vocab = makeVocabulary(countWords([
  'Økonomi og incitamenter. Økonomien i et kommuneperspektiv. Børnenes stemme og barnets stemme.',
  'Familierådslagning i Esbjerg. Signs of Safety bruges i Vesthimmerland. Aabenraa Kommune. Sorø fælles økonomi.',
  'Pengene flyttes fra kontaktpersoner til lærer. Pengene følger barnet ikke altid, men skal følge det. Pengene pengene barnet barnet barnet.',
]));

describe('Danish letter folding', () => {
  it('folds æ, ø, å to ae, oe, aa and lower-cases', () => {
    expect(foldDa('Økonomi')).toBe('oekonomi');
    expect(foldDa('Familierådslagning')).toBe('familieraadslagning');
    expect(foldDa('FÆLLES')).toBe('faelles');
    expect(foldDa('idé')).toBe('ide');
  });
  it('splits words as Pagefind does', () => {
    expect(tokenize('TRIO-teams, «Børn»!')).toEqual(['trio', 'teams', 'børn']);
  });
  it('lists every spelling a folded word could have', () => {
    expect(unfoldings('boern').sort()).toEqual(['boern', 'børn'].sort());
    expect(unfoldings('aabenraa')).toContain('åbenrå');
    expect(isFoldable('oekonomi')).toBe(true);
    expect(isFoldable('ledelse')).toBe(false);
  });
});

describe('the vocabulary', () => {
  it('counts words and leaves out short words and numbers', () => {
    const c = new Map(countWords(['Det er 2014 og det er pengene, pengene']));
    expect(c.get('pengene')).toBe(2);
    expect(c.has('er')).toBe(false);
    expect(c.has('2014')).toBe(false);
  });
  it('finds the site spelling either way', () => {
    expect(vocab.spellings('oekonomi')).toEqual(['økonomi']);
    expect(vocab.spellings('åbenrå')).toEqual(['aabenraa']);
  });
});

describe('«Mente du …»', () => {
  it('measures typos, an adjacent swap counting as one', () => {
    expect(editDistance('safty', 'safety')).toBe(1);
    expect(editDistance('udvilkere', 'udviklere')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBeGreaterThan(1);
  });
  it('suggests the nearest site word for an unknown word, and nothing for a known one', () => {
    expect(suggestWord('safty', vocab)).toBe('safety');
    expect(suggestWord('vesthimerland', vocab)).toBe('vesthimmerland');
    expect(suggestWord('safety', vocab)).toBeUndefined();
    expect(suggestWord('oekonomi', vocab)).toBeUndefined(); // folding, not a typo
    expect(suggestWord('xyzzyq', vocab)).toBeUndefined();
  });
});

describe('query relaxation', () => {
  it('spells a folded word as the site does', () => {
    expect(planWord('oekonomi', vocab).spellings).toEqual(['økonomi']);
    expect(planWord('boernenes', vocab).spellings).toEqual(['børnenes']);
  });
  it('unfolds a word form the site does not have literally, keeping Pagefind\'s stemming to do the rest', () => {
    expect(planWord('oekonomiens', vocab).spellings).toEqual(['økonomiens']);
  });
  it('tries the query as typed, then corrected, then without stop words, then with fewer words', () => {
    const { attempts } = planAttempts('hvad gør vi når pengene skal følge barnet', vocab);
    expect(attempts[0]).toEqual({ query: 'hvad gør vi når pengene skal følge barnet', reason: 'typed' });
    expect(attempts[1]).toEqual({ query: 'pengene følge barnet', reason: 'fewer-words' });
    // With one word fewer, the most common word goes first.
    expect(attempts[2]).toEqual({ query: 'følge barnet', reason: 'fewer-words' }); // «pengene» is the most common here
    expect(attempts.every((a) => a.query.length > 0)).toBe(true);
    expect(new Set(attempts.map((a) => a.query)).size).toBe(attempts.length);
  });
  it('corrects a misspelt word and says what it meant', () => {
    const { plans, attempts } = planAttempts('signs of safty', vocab);
    expect(attempts.find((a) => a.reason === 'corrected')?.query).toBe('signs of safety');
    expect(didYouMean(plans)).toBe('signs of safety');
  });
  it('knows Danish function words but not the words a chef searches for', () => {
    expect(isStopWord('hvad')).toBe(true);
    expect(isStopWord('Når')).toBe(true);
    expect(isStopWord('møder')).toBe(false);
    expect(isStopWord('ledelse')).toBe(false);
  });
  it('says in Danish what the results are for', () => {
    expect(relaxedMessage('a b c', 'b c', 'fewer-words')).toBe('Ingen sider indeholder alle ordene i «a b c». Viser resultater for «b c».');
    expect(relaxedMessage('safty', 'safety', 'corrected')).toBe('Viser resultater for «safety» (du skrev «safty»).');
    expect(searchUrl('signs of safety')).toBe('/soeg/?q=signs+of+safety');
  });
});

describe('a name query offers its hub', () => {
  it('matches the name, with or without «kommune», in either spelling', () => {
    expect(namesHub('Odense', ['Odense Kommune', 'Odense'])).toBe(true);
    expect(namesHub('Hedensted kommune', ['Hedensted Kommune', 'Hedensted'])).toBe(true);
    expect(namesHub('Region Nordjylland', ['Region Nordjylland'])).toBe(true);
    expect(namesHub('oekonomi', ['Økonomi og incitamenter', 'Økonomi'])).toBe(true);
  });
  it('does not take a broader or different query for a name', () => {
    expect(namesHub('kommune', ['Odense Kommune', 'Odense'])).toBe(false);
    expect(namesHub('Odense tidlig indsats', ['Odense Kommune', 'Odense'])).toBe(false);
    expect(namesHub('Region', ['Region Nordjylland'])).toBe(false);
  });
  it('reads the names from the result metadata', () => {
    expect(hubNames({ navne: 'Odense Kommune|Odense' })).toEqual(['Odense Kommune', 'Odense']);
    expect(hubNames({})).toEqual([]);
  });
});

describe('bounded name lines', () => {
  it('names up to three and counts the rest', async () => {
    const { namesLineDa } = await import('../../../src/lib/boundedList');
    expect(namesLineDa(['Odense', 'Viborg'])).toBe('Odense, Viborg');
    expect(namesLineDa(['A', 'B', 'C', 'D'])).toBe('A, B, C og 1 anden');
    expect(namesLineDa(['A', 'B', 'C', 'D', 'E', 'F'], 3, ' · ')).toBe('A · B · C og 3 andre');
  });
});

