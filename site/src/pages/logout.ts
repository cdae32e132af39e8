import type { APIRoute } from 'astro';
import { endSession } from '../lib/session/cookie';

/** Log out: a POST (from the header's button), so no link or image elsewhere can log anyone out. */
export const POST: APIRoute = ({ cookies, redirect }) => {
  endSession(cookies);
  return redirect('/login?notice=logged-out', 303);
};
