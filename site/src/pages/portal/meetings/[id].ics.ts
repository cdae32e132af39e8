import type { APIRoute } from 'astro';
import { ContentNotFoundError, meetingCalendar } from '../../../lib/api';

/**
 * A meeting's calendar file, for the pair only: the API answers it with the participant's token
 * (which never leaves the server), and 404 to anyone else, like an unknown meeting.
 */
export const GET: APIRoute = async ({ locals, params, rewrite }) => {
  const id = params.id ?? '';
  try {
    const file = await meetingCalendar(locals.participant!.token, id);
    return new Response(file.body, {
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="mentoring-meeting-${id}.ics"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof ContentNotFoundError) return rewrite('/404');
    throw error;
  }
};
