import { z } from 'zod';
import { ApiRefusal, CmsUnavailableError } from './errors';
import { Acknowledged, LoginAnswer, SignupAnswer, type SignupAnswer as SignupResult } from './participant-schemas';
import { callStrapi, fetchStrapi, refusalFrom } from './request';

/**
 * Accounts: the plugin's sign-up and users-permissions' own log-in, confirmation and password
 * routes. Every call runs on the site's server; the JWT they yield never reaches the browser.
 */
export interface SignupInput {
  email: string;
  password: string;
  fullName: string;
  role: 'mentor' | 'mentee';
}

export function signup(input: SignupInput): Promise<SignupResult> {
  return callStrapi('/api/mentoring/signup', { method: 'POST', json: input, schema: SignupAnswer });
}

/** The participant's JWT for an email and password. */
export async function logIn(email: string, password: string): Promise<string> {
  const answer = await callStrapi('/api/auth/local', { method: 'POST', json: { identifier: email, password }, schema: LoginAnswer });
  return answer.jwt;
}

/**
 * Confirms an email address with the code from the confirmation email. users-permissions answers a
 * good code with a redirect (to the site's /confirm) and a used or unknown one with a 400.
 */
export async function confirmEmail(code: string): Promise<void> {
  const path = '/api/auth/email-confirmation';
  const response = await fetchStrapi(`${path}?${new URLSearchParams({ confirmation: code }).toString()}`, {
    headers: { Accept: 'application/json' },
    redirect: 'manual',
  });
  if (response.status >= 300 && response.status < 400) return;
  if (response.status >= 400 && response.status < 500) {
    throw refusalFrom(response.status, await response.json().catch(() => undefined));
  }
  throw new CmsUnavailableError(path, `HTTP ${response.status}`);
}

/** Sends the confirmation email again; unknown addresses get the same answer, so no one can probe. */
export async function resendConfirmation(email: string): Promise<void> {
  try {
    await callStrapi('/api/auth/send-email-confirmation', { method: 'POST', json: { email }, schema: Acknowledged });
  } catch (error) {
    // "Already confirmed" and "blocked" are 400s: answering them would tell strangers who has an account.
    if (error instanceof ApiRefusal && error.status === 400) return;
    throw error;
  }
}

/** Emails a reset link (to the site's /reset-password) when the address has an account; silent otherwise. */
export async function requestPasswordReset(email: string): Promise<void> {
  await callStrapi('/api/auth/forgot-password', { method: 'POST', json: { email }, schema: Acknowledged });
}

/** Sets a new password with the emailed code; resolves to a fresh JWT, so the participant is logged in. */
export async function resetPassword(code: string, password: string): Promise<string> {
  const answer = await callStrapi('/api/auth/reset-password', {
    method: 'POST',
    json: { code, password, passwordConfirmation: password },
    schema: z.object({ jwt: z.string() }),
  });
  return answer.jwt;
}
