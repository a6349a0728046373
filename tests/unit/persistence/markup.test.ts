import { describe, expect, it } from 'vitest';
import { containsMarkup, findMarkup } from '../../../src/lib/persistence/markup';

describe('markup detection', () => {
  it.each(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</p>', 'javascript:alert(1)', 'x onclick=steal()', '<!-- x -->'])('finds markup in %s', (t) => {
    expect(containsMarkup(t)).toBe(true);
  });
  it.each(['3 < 5 og 7 > 2', 'Mål: «bedre trivsel»', 'Hvad skete der så?', 'e-mail: a@b.dk', '2 <= 3'])('leaves ordinary text %s alone', (t) => {
    expect(containsMarkup(t)).toBe(false);
  });
  it('names the path of the first offending field, keys included', () => {
    expect(findMarkup({ a: ['ok', { b: '<b>fed</b>' }] })).toBe('a[1].b');
    expect(findMarkup({ '<x>': 1 })).toBe('<x>');
    expect(findMarkup({ a: 'ok', n: 3 })).toBeNull();
  });
});
