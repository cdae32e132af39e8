import type { Connection, Proposal } from '../api';
import { refusalText } from './display';

/**
 * Words for a match staff proposed from a bulk-matching run (docs/WORKFLOW.md, "Proposals"): who
 * has confirmed, what became of it, and the refusals of confirm and decline. Pure, for the tests.
 */
type Side = 'mentee' | 'mentor';

/** How many of a proposal's reasons a summary shows: the strongest come first. */
export const TOP_REASONS = 3;

export function confirmedBy(proposal: Proposal, side: Side): { me: boolean; other: boolean } {
  return side === 'mentee'
    ? { me: proposal.confirmedByMentee, other: proposal.confirmedByMentor }
    : { me: proposal.confirmedByMentor, other: proposal.confirmedByMentee };
}

/** Where the confirmations of a proposal still waiting stand, from the reader's side. */
export function confirmationLine(proposal: Proposal, side: Side, otherName: string): string {
  const { me, other } = confirmedBy(proposal, side);
  if (me && other) return 'You have both confirmed.';
  if (me) return `You have confirmed. Waiting for ${otherName} to confirm.`;
  if (other) return `${otherName} has confirmed. Your answer is the last one needed.`;
  return `Neither of you has confirmed yet.`;
}

/** A proposal that ended before both confirmed: nothing happened in it, so there is no workspace. */
export function endedAsProposal(connection: Pick<Connection, 'proposal' | 'startedAt' | 'status'>): boolean {
  return connection.proposal !== null && connection.startedAt === null && (connection.status === 'ended_early' || connection.status === 'completed');
}

const EXPIRY_REASONS = new Set(['proposal expired', 'program ended before both confirmed']);

/** What became of a proposal that never started, in a sentence for the reader. */
export function endedProposalLine(connection: Pick<Connection, 'endedBy' | 'endReason'>, side: Side, otherName: string): string {
  if (connection.endReason && EXPIRY_REASONS.has(connection.endReason)) {
    return connection.endReason === 'proposal expired'
      ? 'This proposal expired: it was not confirmed by both of you in time.'
      : 'This proposal ended with the program, before both of you confirmed.';
  }
  if (connection.endedBy === side) return 'You declined this proposal.';
  if (connection.endedBy) return `${otherName} declined this proposal.`;
  return 'This proposal has ended.';
}

/** The reason given when declining, when one was: the default `proposal declined` says nothing more. */
export function declineReason(connection: Pick<Connection, 'endReason'>): string | null {
  const reason = connection.endReason;
  return reason && reason !== 'proposal declined' && !EXPIRY_REASONS.has(reason) ? reason : null;
}

const REFUSALS: Record<string, string> = {
  not_proposed: 'This proposal has already been answered, or it has ended.',
  already_confirmed: 'You have already confirmed this proposal.',
  expired: 'The time to answer this proposal has passed.',
};

/** The 409 codes of confirm and decline (docs/API.md, "Proposals: the pair's side") as sentences. */
export function proposalRefusalText(code: string | undefined, fallback: string): string {
  return (code && REFUSALS[code]) || refusalText(code, fallback);
}
