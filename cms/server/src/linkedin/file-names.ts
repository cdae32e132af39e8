/** The last part of a path, whichever separator the archive's author used. */
export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? '';

const MAX_SHOWN = 100;

/**
 * A file name or archive path as it may appear in a message: names come from the uploader, so
 * control characters go and long ones are shortened before we echo them back.
 */
export const shownName = (name: string): string => {
  const characters = Array.from(name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim());
  return characters.length > MAX_SHOWN ? `${characters.slice(0, MAX_SHOWN).join('')}…` : characters.join('');
};
