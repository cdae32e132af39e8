import type { ReactNode } from 'react';
import { Box, Button, Checkbox, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import type { ApprovalDecision } from '../../../../shared/contracts/approvals';
import { useT } from '../../utils/useT';

/**
 * One queue (connections, or mentor profiles): its heading and count, a select-all box and the
 * bulk actions on the selection, then its items, or its empty state.
 */
export const QueueSection = ({
  id,
  title,
  hint,
  selectAllLabel,
  count,
  selected,
  onSelectAll,
  onBulk,
  empty,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  selectAllLabel: string;
  count: number;
  selected: number;
  onSelectAll: (all: boolean) => void;
  onBulk: (decision: ApprovalDecision) => void;
  empty: string;
  children: ReactNode;
}) => {
  const t = useT();
  const all = count > 0 && selected === count;
  return (
    <Flex tag="section" aria-labelledby={id} direction="column" alignItems="stretch" gap={4}>
      <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap">
        <Box>
          <Typography variant="delta" tag="h2" id={id}>
            {title} ({count})
          </Typography>
          <Box>
            <Typography variant="pi" textColor="neutral600">
              {hint}
            </Typography>
          </Box>
        </Box>
        {count > 0 && (
          <Flex gap={3} wrap="wrap" alignItems="center">
            <Checkbox checked={all ? true : selected > 0 ? 'indeterminate' : false} onCheckedChange={(checked) => onSelectAll(checked === true)}>
              {selectAllLabel}
            </Checkbox>
            <Typography variant="pi" textColor="neutral600" aria-live="polite">
              {t('approvals.selected', { count: selected })}
            </Typography>
            <Button variant="success-light" startIcon={<Check />} disabled={selected === 0} onClick={() => onBulk('approve')}>
              {t('approvals.bulk.approve', { count: selected })}
            </Button>
            <Button variant="danger-light" startIcon={<Cross />} disabled={selected === 0} onClick={() => onBulk('reject')}>
              {t('approvals.bulk.reject', { count: selected })}
            </Button>
          </Flex>
        )}
      </Flex>
      {count === 0 ? (
        <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={empty} />
      ) : (
        <Flex direction="column" alignItems="stretch" gap={4}>
          {children}
        </Flex>
      )}
    </Flex>
  );
};

/** One item of a queue: a selection box, a heading, details and its own approve and reject buttons. */
export const QueueItem = ({
  id,
  title,
  meta,
  badge,
  selected,
  onSelect,
  onDecide,
  children,
}: {
  id: string;
  title: string;
  meta: string;
  badge?: ReactNode;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDecide: (decision: ApprovalDecision) => void;
  children: ReactNode;
}) => {
  const t = useT();
  return (
    <Box tag="article" aria-labelledby={id} background="neutral0" padding={6} shadow="tableShadow" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
          <Flex gap={3} alignItems="flex-start">
            <Box paddingTop={1}>
              <Checkbox aria-label={t('approvals.select', { name: title })} checked={selected} onCheckedChange={(checked) => onSelect(checked === true)} />
            </Box>
            <Box>
              <Typography variant="delta" tag="h3" id={id}>
                {title}
              </Typography>
              <Box>
                <Typography variant="pi" textColor="neutral600">
                  {meta}
                </Typography>
              </Box>
            </Box>
          </Flex>
          {badge}
        </Flex>
        {children}
        <Flex gap={2} justifyContent="flex-end" wrap="wrap">
          <Button variant="danger-light" startIcon={<Cross />} onClick={() => onDecide('reject')}>
            {t('approvals.reject')}
          </Button>
          <Button variant="success" startIcon={<Check />} onClick={() => onDecide('approve')}>
            {t('approvals.approve')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
