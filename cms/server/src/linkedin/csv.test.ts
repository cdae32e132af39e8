import { identifyCsv, requireColumns } from './csv-kinds';
import { readCsvTable } from './csv-table';
import { LinkedInImportError } from './errors';

const failureOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof LinkedInImportError) return error.toFailure();
    throw error;
  }
  throw new Error('expected a LinkedInImportError');
};

describe('reading a CSV table', () => {
  it('reads cells by loosely matched column names, past a BOM and multi-line quoted values', () => {
    // Given a CSV with a BOM, odd header spacing and case, and a quoted value over two lines
    const text = '\uFEFF company name ,TITLE,Description,Started_On\r\nBrightline,"VP, Product","Line one,\r\n""two"""\r\n';

    // When it is read
    const table = readCsvTable(text, 'Positions.csv');

    // Then every spelling of a column finds its cell
    const [row] = table.rows;
    expect(table.headers).toEqual(['company name', 'TITLE', 'Description', 'Started_On']);
    expect(row.cell('Company Name')).toBe('Brightline');
    expect(row.cell('Title')).toBe('VP, Product');
    expect(row.cell('Description')).toBe('Line one,\r\n"two"');
    expect(row.cell('Started On')).toBe('');
    expect(row.number).toBe(2);
  });

  it('keeps stray quotes inside unquoted values, as LinkedIn writes them', () => {
    const table = readCsvTable('Name\nThe "Lean" Startup method\n', 'Skills.csv');
    expect(table.rows[0].cell('Name')).toBe('The "Lean" Startup method');
  });

  it('skips blank rows and numbers the others as a spreadsheet would', () => {
    const table = readCsvTable('Name\nSQL\n\n , \nPython\n', 'Skills.csv');
    expect(table.rows.map((row) => [row.number, row.cell('Name')])).toEqual([
      [2, 'SQL'],
      [4, 'Python'],
    ]);
  });

  it('treats a header named __proto__ as one more column, touching no prototype', () => {
    // Given headers that would pollute prototypes if used as object keys
    const table = readCsvTable('__proto__,constructor,Name\n{"polluted":1},x,SQL\n', 'Skills.csv');

    // When cells are read
    // Then they are plain cells and Object.prototype is untouched
    expect(table.rows[0].cell('__proto__')).toBe('{"polluted":1}');
    expect(table.rows[0].cell('Name')).toBe('SQL');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a quoted value that is never closed, naming the file and the line', () => {
    expect(failureOf(() => readCsvTable('Name\n"SQL\nPython\n', 'Skills.csv'))).toEqual({
      field: 'file',
      code: 'CSV_MALFORMED',
      message: 'Skills.csv is not valid CSV: a quoted value is never closed (the file ends on line 3 inside quotes).',
    });
  });

  it('keeps text after a closing quote as written rather than refusing the file', () => {
    const table = readCsvTable('Name,Proficiency\n"English"x,Native\n', 'Languages.csv');
    expect(table.rows[0].cell('Name')).toBe('"English"x');
  });
});

describe('telling which export file a lone CSV is', () => {
  const tableOf = (header: string) => readCsvTable(`${header}\n`, 'upload.csv');

  it.each([
    ['First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers', 'Profile.csv'],
    ['Company Name,Title,Description,Location,Started On,Finished On', 'Positions.csv'],
    ['School Name,Start Date,End Date,Notes,Degree Name,Activities', 'Education.csv'],
    ['Name', 'Skills.csv'],
    ['Name,Proficiency', 'Languages.csv'],
    ['school name,degree name', 'Education.csv'],
  ])('knows %p as %s whatever the file is called', (header, name) => {
    // Given a CSV uploaded under an unhelpful name
    // When it is identified
    // Then its header row decides
    expect(identifyCsv(tableOf(header), 'export (3).csv')).toEqual({ name });
  });

  it('reads a file by its columns when its name says otherwise, and says so', () => {
    expect(identifyCsv(tableOf('Name,Proficiency'), 'Skills.csv')).toEqual({
      name: 'Languages.csv',
      warning: "Skills.csv has the columns of LinkedIn's Languages.csv, so it was read as Languages.csv.",
    });
  });

  it('trusts the name of a known file that gained new columns', () => {
    expect(identifyCsv(tableOf('Name,Endorsements'), 'Skills.csv')).toEqual({ name: 'Skills.csv' });
  });

  it.each([
    ['Connections.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'],
    ['Certifications.csv', 'Name,Url,Authority,Started On,Finished On,License Number'],
    ['Courses.csv', 'Name,Number'],
  ])('does not mistake %s for a file it reads', (fileName, header) => {
    // Given another export file that shares a column or two with the ones we read
    // When it is identified
    // Then it is refused, with the columns we needed
    expect(failureOf(() => identifyCsv(tableOf(header), fileName))).toMatchObject({
      code: 'CSV_HEADERS_MISSING',
      message: expect.stringContaining(`${fileName} is not one of the LinkedIn export files this import reads`),
    });
  });

  it('names the columns a known file is missing', () => {
    expect(failureOf(() => identifyCsv(tableOf('Employer,Job,From,To'), 'Positions.csv'))).toEqual({
      field: 'file',
      code: 'CSV_HEADERS_MISSING',
      message:
        "Positions.csv must have the columns Company Name, Title in its first row, as LinkedIn's Positions.csv does; its first row has Employer, Job, From, To.",
    });
  });

  it('checks a file found in a ZIP by name against that file’s columns', () => {
    expect(failureOf(() => requireColumns('Education.csv', tableOf('Name'), 'export/Education.csv'))).toMatchObject({
      code: 'CSV_HEADERS_MISSING',
      message: expect.stringContaining('export/Education.csv must have the column School Name'),
    });
  });
});
