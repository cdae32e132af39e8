import { refusalError } from './refusal';

describe('refusals as HTTP errors', () => {
  const status = (error: unknown) => (error as { status?: number }).status ?? (error as { name: string }).name;

  it('answers bad input with 400 naming the field', () => {
    const error = refusalError({ ok: false, code: 'invalid', field: 'reason', message: 'must say why' }) as unknown as { name: string; details: unknown };
    expect(error.name).toBe('ValidationError');
    expect(error.details).toEqual({ errors: [{ path: ['reason'], message: 'must say why' }] });
  });

  it('answers someone else’s row with 403', () => {
    expect(status(refusalError({ ok: false, code: 'not_yours', message: 'not yours' }))).toBe('ForbiddenError');
  });

  it.each(['not_pending', 'expired', 'at_capacity', 'pending_limit', 'mentee_limit', 'not_awaiting_approval'])('answers %s with 409 carrying the code', (code) => {
    const error = refusalError({ ok: false, code, field: 'mentor', message: 'no' }) as unknown as { status: number; details: unknown };
    expect(error.status).toBe(409);
    expect(error.details).toEqual({ code, errors: [{ path: ['mentor'], message: 'no' }] });
  });
});
