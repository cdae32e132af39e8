import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Alert, Box, Button, EmptyStateLayout, Flex, Grid, Status, Typography } from '@strapi/design-system';
import { ArrowClockwise, WarningCircle } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import type { ApprovalDecision, ApprovalsQueue, BulkDecisionResult, PendingConnection, PendingMentor } from '../../../shared/contracts/approvals';
import { DecisionDialog, type PendingDecision } from '../components/approvals/DecisionDialog';
import { MenteeFacts, MentorFacts, useLoadText, useRecordText } from '../components/approvals/Essentials';
import { QueueItem, QueueSection } from '../components/approvals/QueueSection';
import { PERMISSIONS } from '../permissions';
import { useT, type MessageKey } from '../utils/useT';

type Queue = 'connections' | 'mentors';

const ENDPOINT: Record<Queue, string> = { connections: '/mentoring/approvals/bulk', mentors: '/mentoring/approvals/mentors/bulk' };

/** A compatibility percentage's colour: a strong match reads green, a weak one amber. */
const scoreVariant = (score: number) => (score >= 70 ? 'success' : score >= 40 ? 'secondary' : 'warning');

/** Where the refusal of a whole request comes from: the server's message, else a plain one. */
const messageOf = (error: unknown): string | null =>
  (error as { response?: { data?: { error?: { details?: { errors?: { message: string }[] }; message?: string } } } }).response?.data?.error?.details?.errors?.[0]?.message ??
  (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ??
  null;

/**
 * Staff approvals: the connections waiting for staff before they start, and the mentor profiles
 * waiting for review, each with what staff need to decide; approve or reject one by one or a
 * selection at once, with a note the participants receive by email.
 */
export const ApprovalsPage = () => {
  const t = useT();
  const { formatDate } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  // useRBAC names an answer after the action's last word: `approvals.manage` answers as canManage.
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canManage },
  } = useRBAC(PERMISSIONS.approve);
  const [queue, setQueue] = useState<ApprovalsQueue | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);
  const [selected, setSelected] = useState<Record<Queue, string[]>>({ connections: [], mentors: [] });
  const [pending, setPending] = useState<(PendingDecision & { queue: Queue; ids: string[] }) | null>(null);
  const [refusals, setRefusals] = useState<{ name: string; message: string }[]>([]);
  const loadText = useLoadText();
  const recordText = useRecordText();
  const none = t('value.none');
  const pairName = (connection: PendingConnection) => t('approvals.pair', { mentee: connection.mentee?.fullName ?? none, mentor: connection.mentor?.fullName ?? none });

  useEffect(() => {
    if (!canManage) return;
    let current = true;
    setLoading(true);
    setFailed(false);
    get<{ data: ApprovalsQueue }>('/mentoring/approvals')
      .then(({ data }) => {
        if (!current) return;
        setQueue(data.data);
        // A selection keeps only what is still waiting.
        const waiting = { connections: new Set(data.data.connections.map((item) => item.documentId)), mentors: new Set(data.data.mentors.map((item) => item.documentId)) };
        setSelected((before) => ({ connections: before.connections.filter((id) => waiting.connections.has(id)), mentors: before.mentors.filter((id) => waiting.mentors.has(id)) }));
      })
      .catch(() => current && setFailed(true))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [canManage, get, refreshKey]);

  if (isLoadingPermissions) return <Page.Loading />;
  if (!canManage) return <Page.NoPermissions />;
  if (!queue && loading) return <Page.Loading>{t('approvals.loading')}</Page.Loading>;

  const names = new Map<string, string>([
    ...(queue?.connections ?? []).map((item) => [item.documentId, pairName(item)] as const),
    ...(queue?.mentors ?? []).map((item) => [item.documentId, item.fullName] as const),
  ]);

  const ask = (which: Queue, ids: string[], decision: ApprovalDecision) =>
    setPending({
      queue: which,
      ids,
      decision,
      count: ids.length,
      audience: which === 'connections' ? 'pair' : 'mentor',
      subject: ids.length === 1 ? names.get(ids[0]) ?? none : t(which === 'connections' ? 'approvals.matches' : 'approvals.profiles', { count: ids.length }),
    });

  /** Sends the decision; resolves to an error for the dialog, or null once done (the dialog closes). */
  const decide = async (note: string): Promise<string | null> => {
    if (!pending) return null;
    try {
      const { data } = await post<{ data: BulkDecisionResult }>(ENDPOINT[pending.queue], { ids: pending.ids, decision: pending.decision, note: note.trim() || null });
      const result = data.data;
      const failures = result.results.flatMap((item) => (item.ok ? [] : [{ name: names.get(item.documentId) ?? item.documentId, message: item.message }]));
      setRefusals(failures);
      if (result.decided > 0) {
        toggleNotification({
          type: 'success',
          message: t(pending.decision === 'approve' ? 'approvals.done.approved' : 'approvals.done.rejected', { count: result.decided }),
        });
      }
      setPending(null);
      setRefreshKey((n) => n + 1);
      return null;
    } catch (error) {
      return messageOf(error) ?? t('approvals.dialog.failed');
    }
  };

  const toggle = (which: Queue, id: string, on: boolean) =>
    setSelected((before) => ({ ...before, [which]: on ? [...before[which], id] : before[which].filter((other) => other !== id) }));
  const selectAll = (which: Queue, ids: string[], on: boolean) => setSelected((before) => ({ ...before, [which]: on ? ids : [] }));
  const since = (value: string | null) => (value ? formatDate(value, { dateStyle: 'medium' }) : none);

  const connectionItem = (item: PendingConnection) => (
    <QueueItem
      key={item.documentId}
      id={`connection-${item.documentId}`}
      title={pairName(item)}
      meta={t('approvals.connection.meta', { since: since(item.createdAt), program: item.program?.name ?? t('approvals.noProgram') })}
      badge={
        item.compatibility && (
          <Status variant={scoreVariant(item.compatibility.score)} size="S">
            <Typography fontWeight="bold">{t('approvals.compatibility', { score: item.compatibility.score })}</Typography>
          </Status>
        )
      }
      selected={selected.connections.includes(item.documentId)}
      onSelect={(on) => toggle('connections', item.documentId, on)}
      onDecide={(decision) => ask('connections', [item.documentId], decision)}
    >
      <Grid.Root gap={6}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch" gap={2}>
          <Typography variant="sigma" textColor="neutral600" tag="h4">
            {t('approvals.mentee', { name: item.mentee?.fullName ?? none })}
          </Typography>
          {item.mentee?.headline && <Typography variant="pi">{item.mentee.headline}</Typography>}
          {item.mentee && <MenteeFacts mentee={item.mentee} />}
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch" gap={2}>
          <Typography variant="sigma" textColor="neutral600" tag="h4">
            {t('approvals.mentor', { name: item.mentor?.fullName ?? none })}
          </Typography>
          {item.mentor?.headline && <Typography variant="pi">{item.mentor.headline}</Typography>}
          {item.mentor && (
            <MentorFacts
              mentor={item.mentor}
              extra={[
                [t('approvals.load'), loadText(item.mentor.load)],
                [t('approvals.record'), recordText(item.mentor.responses)],
              ]}
            />
          )}
        </Grid.Item>
      </Grid.Root>
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h4">
          {t('approvals.reasons')}
        </Typography>
        {item.compatibility && item.compatibility.reasons.length > 0 ? (
          <Flex tag="ul" direction="column" alignItems="flex-start" gap={1} paddingTop={2}>
            {item.compatibility.reasons.map((reason) => (
              <li key={reason.factor}>
                <Typography variant="pi">
                  <Typography variant="pi" fontWeight="bold">
                    {t(`factor.${reason.factor}` as MessageKey)}
                  </Typography>
                  {`: ${reason.detail}`}
                </Typography>
              </li>
            ))}
          </Flex>
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {t('approvals.noReasons')}
          </Typography>
        )}
        {item.compatibility && !item.compatibility.confident && (
          <Typography variant="pi" textColor="neutral600">
            {t('approvals.lowConfidence')}
          </Typography>
        )}
      </Box>
    </QueueItem>
  );

  const mentorItem = (item: PendingMentor) => (
    <QueueItem
      key={item.documentId}
      id={`mentor-${item.documentId}`}
      title={item.fullName}
      meta={t('approvals.mentorProfile.meta', { since: since(item.createdAt), program: item.program?.name ?? t('approvals.noProgram') })}
      selected={selected.mentors.includes(item.documentId)}
      onSelect={(on) => toggle('mentors', item.documentId, on)}
      onDecide={(decision) => ask('mentors', [item.documentId], decision)}
    >
      {item.headline && <Typography variant="pi">{item.headline}</Typography>}
      <MentorFacts mentor={item} extra={[[t('approvals.capacity'), item.capacity === null ? t('approvals.capacity.none') : String(item.capacity)]]} />
    </QueueItem>
  );

  return (
    <Page.Main aria-busy={loading}>
      <Page.Title>{t('approvals.title')}</Page.Title>
      <Layouts.Header
        title={t('approvals.title')}
        subtitle={t('approvals.subtitle')}
        primaryAction={
          <Button startIcon={<ArrowClockwise />} loading={loading} onClick={() => setRefreshKey((n) => n + 1)}>
            {t('approvals.refresh')}
          </Button>
        }
      />
      <Layouts.Content>
        {failed || !queue ? (
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <EmptyStateLayout
              icon={<WarningCircle width="6.4rem" height="6.4rem" fill="danger600" />}
              content={t('approvals.error')}
              action={
                <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => setRefreshKey((n) => n + 1)}>
                  {t('approvals.retry')}
                </Button>
              }
            />
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={8}>
            {refusals.length > 0 && (
              <Alert variant="warning" title={t('approvals.refused.title', { count: refusals.length })} closeLabel={t('approvals.refused.close')} onClose={() => setRefusals([])}>
                <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
                  {refusals.map((refusal) => (
                    <li key={refusal.name}>{t('approvals.refused.item', refusal)}</li>
                  ))}
                </Flex>
              </Alert>
            )}
            <QueueSection
              id="approvals-connections"
              title={t('approvals.connections.title')}
              hint={t('approvals.connections.hint')}
              selectAllLabel={t('approvals.connections.selectAll')}
              count={queue.connections.length}
              selected={selected.connections.length}
              onSelectAll={(on) => selectAll('connections', queue.connections.map((item) => item.documentId), on)}
              onBulk={(decision) => ask('connections', selected.connections, decision)}
              empty={t(queue.approvalRequired ? 'approvals.connections.empty' : 'approvals.connections.off')}
            >
              {queue.connections.map(connectionItem)}
            </QueueSection>
            {(queue.mentorReviewRequired || queue.mentors.length > 0) && (
              <QueueSection
                id="approvals-mentors"
                title={t('approvals.mentors.title')}
                hint={t(queue.mentorReviewRequired ? 'approvals.mentors.hint' : 'approvals.mentors.hintOff')}
                selectAllLabel={t('approvals.mentors.selectAll')}
                count={queue.mentors.length}
                selected={selected.mentors.length}
                onSelectAll={(on) => selectAll('mentors', queue.mentors.map((item) => item.documentId), on)}
                onBulk={(decision) => ask('mentors', selected.mentors, decision)}
                empty={t('approvals.mentors.empty')}
              >
                {queue.mentors.map(mentorItem)}
              </QueueSection>
            )}
            {!queue.mentorReviewRequired && queue.mentors.length === 0 && (
              <Typography variant="pi" textColor="neutral600">
                {t('approvals.mentors.off')}
              </Typography>
            )}
          </Flex>
        )}
      </Layouts.Content>
      <DecisionDialog pending={pending} onCancel={() => setPending(null)} onConfirm={decide} />
    </Page.Main>
  );
};
