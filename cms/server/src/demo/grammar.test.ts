import { classOf, inSentence, listOf, withArticle } from './grammar';

describe('withArticle', () => {
  it.each([
    ['MBA student', 'an MBA student'],
    ['MFin student', 'an MFin student'],
    ['VP Product', 'a VP Product'],
    ['HR Business Partner', 'an HR Business Partner'],
    ['e-commerce marketplace', 'an e-commerce marketplace'],
    ['university', 'a university'],
    ['Operations Analyst', 'an Operations Analyst'],
    ['hedge fund', 'a hedge fund'],
  ])('%s → %s', (phrase, expected) => {
    expect(withArticle(phrase)).toBe(expected);
  });
});

describe('inSentence', () => {
  it('lowercases ordinary words and keeps acronyms', () => {
    expect(inSentence('Healthcare & Life Sciences')).toBe('healthcare & life sciences');
    expect(inSentence('HR & People')).toBe('HR & people');
    expect(inSentence('Go-to-market strategy')).toBe('go-to-market strategy');
    expect(inSentence('M&A')).toBe('M&A');
    expect(inSentence('Responsible AI')).toBe('responsible AI');
  });
});

describe('listOf and classOf', () => {
  it('joins lists as prose', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['pricing'])).toBe('pricing');
    expect(listOf(['pricing', 'negotiation'])).toBe('pricing and negotiation');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('writes a class year the way alumni do', () => {
    expect(classOf('MBA', 2012)).toBe("MBA '12");
    expect(classOf('EMBA', 2005)).toBe("EMBA '05");
  });
});
