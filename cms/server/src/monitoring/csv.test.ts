import { csvField, toCsv } from './csv';

describe('CSV export', () => {
  it('quotes fields holding commas, quotes or line breaks, and doubles the quotes', () => {
    expect(csvField('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvField('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvField('Ada "Countess" Lovelace')).toBe('"Ada ""Countess"" Lovelace"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes empty fields for missing values and numbers as they are', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0)).toBe('0');
  });

  it('keeps a text that looks like a formula from running in a spreadsheet', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1 555')).toBe("'+1 555");
    expect(csvField('@home')).toBe("'@home");
  });

  it('ends every row with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, null]])).toBe('a,b\r\n1,\r\n');
  });
});
