/** Life outside work, phrased to follow "you'll find me …" or "I'm usually …". */
export const PASTIMES: readonly string[] = [
  'running along the river',
  'coaching my kids’ soccer team',
  'cooking for far too many friends',
  'on a bike somewhere',
  'hiking with my family',
  'at the piano',
  'volunteering at a local food bank',
  'reading history',
  'sailing whenever the weather allows',
  'in a pottery studio',
  'training for the next marathon',
  'exploring restaurants with my partner',
  'playing pickup basketball',
  'learning to surf, badly',
];
