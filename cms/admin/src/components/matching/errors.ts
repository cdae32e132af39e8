/** The server's message in a failed admin request (Strapi's `{ error: { message } }`), else the client's. */
export function errorMessage(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error as Error).message ?? String(error);
}

/** The HTTP status of a failed admin request, when there was an answer. */
export const statusOf = (error: unknown): number | undefined => (error as { status?: number; response?: { status?: number } }).status ?? (error as { response?: { status?: number } }).response?.status;
