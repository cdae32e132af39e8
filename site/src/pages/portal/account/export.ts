import type { APIRoute } from 'astro';
import { exportMyData } from '../../../lib/api';

/**
 * "Download my data": the API's export, handed to the browser as a JSON file. The token stays on
 * the server; the middleware has already required a login for /portal/*.
 */
export const GET: APIRoute = async ({ locals }) => {
  const data = await exportMyData(locals.participant!.token);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="mentoring-data-${new Date().toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
    },
  });
};
