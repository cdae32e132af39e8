import { useEffect, useState, type ChangeEvent } from 'react';
import { Button, Dialog, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import type { ApprovalDecision } from '../../../../shared/contracts/approvals';
import { useT } from '../../utils/useT';

/** The longest note staff may write (MAX_REASON on the server). */
const MAX_NOTE = 1000;

export interface PendingDecision {
  decision: ApprovalDecision;
  /** What is decided, as staff read it: "Ada Lovelace and Grace Hopper", or "3 matches". */
  subject: string;
  /** Who the email goes to, for the dialog's explanation. */
  audience: 'pair' | 'mentor';
  count: number;
}

/**
 * Asks staff to confirm a decision, with an optional note sent to the participants. Stays open
 * while the decision is sent, and shows the server's refusal of the note if there is one.
 */
export const DecisionDialog = ({
  pending,
  onCancel,
  onConfirm,
}: {
  pending: PendingDecision | null;
  onCancel: () => void;
  onConfirm: (note: string) => Promise<string | null>;
}) => {
  const t = useT();
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setNote('');
    setError(null);
  }, [pending]);

  if (!pending) return null;
  const approving = pending.decision === 'approve';
  const confirm = async () => {
    setSending(true);
    setError(await onConfirm(note).finally(() => setSending(false)));
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && !sending && onCancel()}>
      <Dialog.Content>
        <Dialog.Header>
          {t(approving ? 'approvals.dialog.approveTitle' : 'approvals.dialog.rejectTitle', { subject: pending.subject, count: pending.count })}
        </Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Typography>{t(pending.audience === 'pair' ? (approving ? 'approvals.dialog.pairApprove' : 'approvals.dialog.pairReject') : 'approvals.dialog.mentor', { count: pending.count })}</Typography>
            <Field.Root name="decision-note" error={error ?? undefined} hint={t('approvals.dialog.noteHint', { max: MAX_NOTE })}>
              <Field.Label>{t('approvals.dialog.note')}</Field.Label>
              <Textarea value={note} maxLength={MAX_NOTE} onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setNote(event.currentTarget.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary" disabled={sending}>
              {t('approvals.dialog.cancel')}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth variant={approving ? 'success' : 'danger'} startIcon={approving ? <Check /> : <Cross />} loading={sending} onClick={confirm}>
            {t(approving ? 'approvals.dialog.confirmApprove' : 'approvals.dialog.confirmReject', { count: pending.count })}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
