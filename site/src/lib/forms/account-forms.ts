import { signupSchema, type SignupInput } from '../api';
import { errorsFromIssues, hasErrors, type FormErrors } from './errors';
import { choice, secret, text, type Form } from './values';

/** What a form gives back: the values to show again, and the input when nothing is wrong. */
export type Reading<Values, Input> = { values: Values; input: Input; errors: null } | { values: Values; input: null; errors: FormErrors };

function reading<Values, Input>(values: Values, input: Input, errors: FormErrors): Reading<Values, Input> {
  return hasErrors(errors) ? { values, input: null, errors } : { values, input, errors: null };
}

export const ROLES = ['mentee', 'mentor'] as const;

/** The same rules the API applies (one contract), with the words a person needs for a blank field. */
const BLANK: Record<string, string> = {
  fullName: 'Enter your full name.',
  email: 'Enter your email address.',
  password: 'Choose a password.',
  role: 'Choose whether you join as a student or as an alumni mentor.',
};

export interface SignupValues {
  fullName: string;
  email: string;
  role: SignupInput['role'] | '';
}

export function readSignup(form: Form): Reading<SignupValues, SignupInput> {
  const values: SignupValues = { fullName: text(form, 'fullName'), email: text(form, 'email'), role: choice(form, 'role', ROLES) ?? '' };
  const password = secret(form, 'password');
  const errors: FormErrors = {};
  const parsed = signupSchema.safeParse({ ...values, password, role: values.role || undefined });
  if (!parsed.success) Object.assign(errors, errorsFromIssues(parsed.error.issues));
  for (const [field, blank] of Object.entries({ ...values, password })) {
    if (blank === '' && BLANK[field]) errors[field] = BLANK[field];
  }
  return parsed.success ? reading(values, parsed.data, errors) : { values, input: null, errors };
}

export interface LoginValues {
  email: string;
}

export function readLogin(form: Form): Reading<LoginValues, { email: string; password: string }> {
  const values = { email: text(form, 'email') };
  const password = secret(form, 'password');
  const errors: FormErrors = {};
  if (!values.email) errors.email = BLANK.email!;
  if (!password) errors.password = 'Enter your password.';
  return reading(values, { email: values.email, password }, errors);
}

export function readEmailOnly(form: Form): Reading<LoginValues, { email: string }> {
  const values = { email: text(form, 'email') };
  const errors: FormErrors = {};
  if (!values.email) errors.email = BLANK.email!;
  else if (!signupSchema.shape.email.safeParse(values.email).success) errors.email = 'Enter an email address such as name@example.edu.';
  return reading(values, { email: values.email.toLowerCase() }, errors);
}

/** A new password: the sign-up rules, typed twice. */
export function readNewPassword(form: Form): Reading<{ code: string }, { code: string; password: string }> {
  const values = { code: text(form, 'code') };
  const password = secret(form, 'password');
  const again = secret(form, 'passwordConfirmation');
  const errors: FormErrors = {};
  const rule = signupSchema.shape.password.safeParse(password);
  if (!password) errors.password = 'Choose a new password.';
  else if (!rule.success) errors.password = errorsFromIssues(rule.error.issues)[''] ?? 'Choose a stronger password.';
  if (!errors.password && again !== password) errors.passwordConfirmation = 'Type the same password twice.';
  if (!values.code) errors[''] = 'This reset link is incomplete: open the link from the email again, or ask for a new one.';
  return reading(values, { code: values.code, password }, errors);
}
