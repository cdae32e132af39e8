/**
 * The "Ask to join" link. Sign-up on the site comes with the participant portal; until then
 * joining starts with an email to the program office.
 */
export function joinRequestHref(email: string, programName: string): string {
  const query = new URLSearchParams({ subject: `Joining the ${programName}` });
  // URLSearchParams writes spaces as "+", which mail clients show literally.
  return `mailto:${email}?${query.toString().replace(/\+/g, '%20')}`;
}
