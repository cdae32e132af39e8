/** A cell meant as one line (a name, a title): runs of whitespace and line breaks become one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A cell meant as prose (Summary): paragraphs are kept, Windows line ends become "\n". */
export const paragraphs = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
