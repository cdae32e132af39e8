import { useEffect, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';
import { Box, EmptyStateLayout, Flex, Grid, Link, Status, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowLeft, WarningCircle } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Layouts, Page, useFetchClient, useRBAC } from '@strapi/strapi/admin';
import type { PairMetadata } from '../../../shared/contracts/monitoring';
import { Kpi } from '../components/monitoring/Kpi';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';
import { useT, type MessageKey } from '../utils/useT';

const STATUS_VARIANT = { proposed: 'secondary', awaiting_approval: 'secondary', active: 'success', completed: 'neutral', ended_early: 'warning' } as const;
const HEALTH_VARIANT = { on_track: 'success', at_risk: 'warning', inactive: 'danger' } as const;

const Card = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby={id} height="100%">
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2" id={id}>
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

/** Label and value pairs, as a description list. */
const Facts = ({ items }: { items: [string, ReactNode][] }) => (
  <Flex tag="dl" direction="column" alignItems="stretch" gap={3}>
    {items.map(([label, value]) => (
      <Flex key={label} justifyContent="space-between" gap={4}>
        <Typography tag="dt" textColor="neutral600">
          {label}
        </Typography>
        <Typography tag="dd" textAlign="right">
          {value}
        </Typography>
      </Flex>
    ))}
  </Flex>
);

/** A card with a table of rows, or a sentence when there are none. */
function ListCard<Row>({ id, title, caption, columns, rows, empty, cells }: { id: string; title: string; caption?: string; columns: string[]; rows: Row[]; empty: string; cells: (row: Row) => ReactNode[] }) {
  return (
    <Card id={id} title={title}>
      {caption && (
        <Typography variant="pi" textColor="neutral600">
          {caption}
        </Typography>
      )}
      {rows.length === 0 ? <Typography textColor="neutral600">{empty}</Typography> : <ListTable columns={columns} rows={rows} cells={cells} />}
    </Card>
  );
}

function ListTable<Row>({ columns, rows, cells }: { columns: string[]; rows: Row[]; cells: (row: Row) => ReactNode[] }) {
  return (
    <Table colCount={columns.length} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column}>
              <Typography variant="sigma" textColor="neutral600">
                {column}
              </Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row, index) => (
          <Tr key={index}>
            {cells(row).map((cell, column) => (
              <Td key={column}>
                <Typography>{cell}</Typography>
              </Td>
            ))}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

/** A pair's metadata for staff: dates, health, counts, contacts, goals and ratings; never what the pair wrote. */
export const PairPage = () => {
  const t = useT();
  const { formatDate, formatNumber } = useIntl();
  const { get } = useFetchClient();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  // useRBAC names an answer after the action's last word: `monitoring.read` answers as canRead.
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canRead: canMonitor },
  } = useRBAC(PERMISSIONS.monitor);
  const [pair, setPair] = useState<PairMetadata | null>(null);
  const [failure, setFailure] = useState<'notFound' | 'error' | null>(null);

  useEffect(() => {
    if (!canMonitor) return;
    let current = true;
    setPair(null);
    setFailure(null);
    get<{ data: PairMetadata }>(`/mentoring/connections/${encodeURIComponent(id)}`)
      .then(({ data }) => current && setPair(data.data))
      .catch((error: { status?: number }) => current && setFailure(error.status === 404 || error.status === 400 ? 'notFound' : 'error'));
    return () => {
      current = false;
    };
  }, [canMonitor, get, id]);

  const program = params.get('program');
  const back = (
    <Link tag={RouterLink} to={`/plugins/${PLUGIN_ID}/monitoring${program ? `?program=${encodeURIComponent(program)}` : ''}`} startIcon={<ArrowLeft />}>
      {t('pair.back')}
    </Link>
  );
  const none = t('value.none');
  const day = (value: string | null) => (value ? formatDate(value, { dateStyle: 'medium' }) : none);
  const moment = (value: string | null) => (value ? formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }) : none);
  const label = (prefix: string, value: string | null) => (value ? t(`${prefix}.${value}` as MessageKey) : none);

  if (isLoadingPermissions) return <Page.Loading />;
  if (!canMonitor) return <Page.NoPermissions />;
  if (failure) {
    return (
      <Page.Main>
        <Layouts.Header title={t(failure === 'notFound' ? 'pair.notFound' : 'pair.error')} navigationAction={back} />
        <Layouts.Content>
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <EmptyStateLayout
              icon={failure === 'notFound' ? <EmptyDocuments width="16rem" /> : <WarningCircle width="6.4rem" height="6.4rem" fill="danger600" />}
              content={t(failure === 'notFound' ? 'pair.notFound' : 'pair.error')}
            />
          </Box>
        </Layouts.Content>
      </Page.Main>
    );
  }
  if (!pair) return <Page.Loading>{t('pair.loading')}</Page.Loading>;

  const title = t('pair.title', { mentee: pair.mentee?.fullName ?? none, mentor: pair.mentor?.fullName ?? none });
  const dates: [string, ReactNode][] = [
    [t('pair.program'), pair.program?.name ?? t('pair.noProgram')],
    [t('pair.created'), day(pair.createdAt)],
    [t('pair.started'), day(pair.startedAt)],
    [t('pair.endsAt'), day(pair.endsAt)],
  ];
  if (pair.endedAt) dates.push([t('pair.ended'), day(pair.endedAt)], [t('pair.endedBy'), label('side', pair.endedBy)], [t('pair.endReason'), pair.endReason ?? none]);
  if (pair.decidedAt) dates.push([t('pair.decidedAt'), day(pair.decidedAt)], [t('pair.approvalNote'), pair.approvalNote ?? none]);

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={t('pair.subtitle')}
        navigationAction={back}
        secondaryAction={
          <Status variant={STATUS_VARIANT[pair.status]} size="S">
            <Typography fontWeight="bold">{label('pair.status', pair.status)}</Typography>
          </Status>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Grid.Root gap={6}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Card id="pair-dates" title={t('pair.section.dates')}>
                <Facts items={dates} />
              </Card>
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Card id="pair-health" title={t('pair.section.health')}>
                {pair.health ? (
                  <>
                    <Flex>
                      <Status variant={HEALTH_VARIANT[pair.health.status]} size="S">
                        <Typography fontWeight="bold">{label('health', pair.health.status)}</Typography>
                      </Status>
                    </Flex>
                    {pair.health.reasons.length === 0 ? (
                      <Typography textColor="neutral600">{t('pair.health.allGood')}</Typography>
                    ) : (
                      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
                        {pair.health.reasons.map((reason) => (
                          <li key={`${reason.rule}-${reason.level}`}>
                            <Typography fontWeight="semiBold">{label('reason', reason.rule)}</Typography>
                            <Typography textColor="neutral600"> — {reason.message}</Typography>
                          </li>
                        ))}
                      </Flex>
                    )}
                    <Facts
                      items={[
                        [t('pair.health.contactsThisMonth'), formatNumber(pair.health.contactsThisMonth)],
                        [t('pair.health.firstMeeting'), t(pair.health.firstMonthMeetingDone ? 'value.yes' : 'value.no')],
                        [t('pair.health.goalsAgreed'), formatNumber(pair.health.goalsAgreed)],
                      ]}
                    />
                  </>
                ) : (
                  <Typography textColor="neutral600">{t('pair.health.notActive')}</Typography>
                )}
              </Card>
            </Grid.Item>
          </Grid.Root>
          <Flex direction="column" alignItems="stretch" gap={4} tag="section" aria-labelledby="pair-activity">
            <Typography variant="delta" tag="h2" id="pair-activity">
              {t('pair.section.activity')}
            </Typography>
            <Grid.Root gap={4}>
              {[
                {
                  label: t('pair.counts.messages'),
                  value: formatNumber(pair.counts.messages),
                  hint: `${t('pair.counts.messagesBy', { mentee: pair.counts.messagesByMentee, mentor: pair.counts.messagesByMentor })}. ${t('pair.lastMessage')}: ${day(pair.lastMessageAt)}`,
                },
                { label: t('pair.counts.contacts'), value: formatNumber(pair.counts.contacts) },
                { label: t('pair.counts.minutes'), value: formatNumber(pair.counts.minutes) },
                { label: t('pair.counts.cancelled'), value: formatNumber(pair.counts.cancelledMeetings) },
              ].map((item) => (
                <Grid.Item key={item.label} col={3} s={6} xs={12} direction="column" alignItems="stretch">
                  <Kpi {...item} />
                </Grid.Item>
              ))}
            </Grid.Root>
          </Flex>
          <ListCard
            id="pair-contacts"
            title={t('pair.section.contacts')}
            caption={t('pair.contacts.caption')}
            columns={[t('pair.col.date'), t('pair.col.mode'), t('pair.col.minutes'), t('pair.col.loggedBy'), t('pair.col.state')]}
            rows={pair.interactions}
            empty={t('pair.contacts.empty')}
            cells={(item) => [
              moment(item.occurredAt),
              label('mode', item.mode),
              item.minutes === null ? none : formatNumber(item.minutes),
              label('side', item.loggedBy),
              t(item.cancelledAt ? 'pair.state.cancelled' : new Date(item.occurredAt).getTime() > Date.now() ? 'pair.state.scheduled' : 'pair.state.happened'),
            ]}
          />
          <Grid.Root gap={6}>
            <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
              <ListCard
                id="pair-goals"
                title={t('pair.section.goals')}
                columns={[t('pair.col.title'), t('pair.col.category'), t('pair.col.status'), t('pair.col.agreedAt')]}
                rows={pair.goals}
                empty={t('pair.goals.empty')}
                cells={(goal) => [goal.title, label('category', goal.category), label('goalStatus', goal.status), day(goal.agreedAt)]}
              />
            </Grid.Item>
            <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
              <ListCard
                id="pair-feedback"
                title={t('pair.section.feedback')}
                columns={[t('pair.col.side'), t('pair.col.moment'), t('pair.col.rating'), t('pair.col.date')]}
                rows={pair.feedback}
                empty={t('pair.feedback.empty')}
                cells={(item) => [label('side', item.side), label('moment', item.moment), t('pair.rating', { rating: item.rating }), day(item.createdAt)]}
              />
            </Grid.Item>
          </Grid.Root>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
