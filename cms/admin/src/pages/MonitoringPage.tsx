import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { Box, Button, EmptyStateLayout, Field, Flex, Grid, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowClockwise, WarningCircle } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Layouts, Page, useFetchClient, useRBAC } from '@strapi/strapi/admin';
import type { MonitoringFigures } from '../../../shared/contracts/monitoring';
import { AtRiskList, type AtRiskFilters } from '../components/monitoring/AtRiskList';
import { ContactsPerMonthChart, HealthOverTimeChart, RequestsPerWeekChart } from '../components/monitoring/Charts';
import { HealthBreakdown } from '../components/monitoring/HealthBreakdown';
import { Kpi } from '../components/monitoring/Kpi';
import { PERMISSIONS } from '../permissions';
import { useT } from '../utils/useT';

const ALL = 'all';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={4} tag="section">
    <Typography variant="delta" tag="h2">
      {title}
    </Typography>
    {children}
  </Flex>
);

/** The key figures, a row of cards. */
const Figures = ({ figures }: { figures: MonitoringFigures }) => {
  const t = useT();
  const { formatNumber } = useIntl();
  const none = t('value.none');
  const { requests, connections, feedback } = figures;
  const decided = requests.accepted + requests.declined + requests.expired;
  const average = (value: number | null) => (value === null ? none : formatNumber(value, { maximumFractionDigits: 1 }));
  const participation = [
    { label: t('kpi.mentors'), value: formatNumber(figures.participants.mentors) },
    { label: t('kpi.mentees'), value: formatNumber(figures.participants.mentees) },
    { label: t('kpi.notReachingOut'), value: formatNumber(figures.menteesNotReachingOut.total), hint: t('kpi.notReachingOut.hint', { overdue: figures.menteesNotReachingOut.overdue }) },
    { label: t('kpi.pending'), value: formatNumber(requests.pending), hint: t('kpi.requests.hint', { total: requests.total }) },
    { label: t('kpi.expired'), value: formatNumber(requests.expired) },
    {
      label: t('kpi.medianResponse'),
      value: figures.medianResponseHours === null ? none : t('kpi.medianResponse.value', { hours: formatNumber(figures.medianResponseHours, { maximumFractionDigits: 1 }) }),
      hint: t('kpi.medianResponse.hint'),
    },
    {
      label: t('kpi.acceptanceRate'),
      value: figures.acceptanceRate === null ? none : formatNumber(figures.acceptanceRate, { style: 'percent', maximumFractionDigits: 0 }),
      hint: t('kpi.acceptanceRate.hint', { accepted: requests.accepted, decided }),
    },
  ];
  const pairs = [
    {
      label: t('kpi.active'),
      value: formatNumber(connections.active),
      hint: t('kpi.active.hint', { awaiting: connections.awaiting_approval, completed: connections.completed, endedEarly: connections.ended_early }),
    },
    {
      label: t('kpi.firstMeetings'),
      value: figures.firstMonthMeetings.due === 0 ? none : t('kpi.firstMeetings.value', figures.firstMonthMeetings),
      hint: t('kpi.firstMeetings.hint'),
    },
    { label: t('kpi.goals'), value: formatNumber(figures.goals.agreed), hint: t('kpi.goals.hint', { pairs: figures.goals.pairsAtTarget }) },
    {
      label: t('kpi.feedback'),
      value: feedback.overall.average === null ? none : t('kpi.feedback.value', { average: average(feedback.overall.average) }),
      hint: `${t('kpi.feedback.hint', { count: feedback.overall.count })}. ${t('kpi.feedback.moments', { midpoint: average(feedback.byMoment.midpoint.average), end: average(feedback.byMoment.end.average) })}`,
    },
  ];
  const cards = (items: { label: string; value: string; hint?: string }[]) => (
    <Grid.Root gap={4}>
      {items.map((item) => (
        <Grid.Item key={item.label} col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Kpi {...item} />
        </Grid.Item>
      ))}
    </Grid.Root>
  );
  return (
    <>
      <Section title={t('monitoring.section.participation')}>{cards(participation)}</Section>
      <Section title={t('monitoring.section.connections')}>
        {cards(pairs)}
        <HealthBreakdown health={figures.health} />
      </Section>
      <Section title={t('monitoring.section.trends')}>
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <RequestsPerWeekChart weeks={figures.requestsPerWeek} />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <ContactsPerMonthChart months={figures.contactsPerMonth} />
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <HealthOverTimeChart weeks={figures.healthOverTime} />
          </Grid.Item>
        </Grid.Root>
      </Section>
    </>
  );
};

/** Staff monitoring: a program's figures, trends and the pairs at risk. */
export const MonitoringPage = () => {
  const t = useT();
  const { formatDate } = useIntl();
  const { get } = useFetchClient();
  // useRBAC names an answer after the action's last word: `monitoring.read` answers as canRead.
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canRead: canMonitor },
  } = useRBAC(PERMISSIONS.monitor);
  const [params, setParams] = useSearchParams();
  const filters: AtRiskFilters = { program: params.get('program') ?? '', health: params.get('health') ?? '', reason: params.get('reason') ?? '' };
  const [figures, setFigures] = useState<MonitoringFigures | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);

  useEffect(() => {
    if (!canMonitor) return;
    let current = true;
    setLoading(true);
    setFailed(false);
    get<{ data: MonitoringFigures }>(`/mentoring/monitoring${filters.program ? `?program=${encodeURIComponent(filters.program)}` : ''}`)
      .then(({ data }) => current && setFigures(data.data))
      .catch(() => current && setFailed(true))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [canMonitor, get, filters.program, refreshKey]);

  const setFilter = (change: Partial<AtRiskFilters>) => {
    const next = { ...filters, ...change };
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value)), { replace: true });
  };

  if (isLoadingPermissions) return <Page.Loading />;
  if (!canMonitor) return <Page.NoPermissions />;
  if (!figures && loading) return <Page.Loading>{t('monitoring.loading')}</Page.Loading>;

  const participants = figures ? figures.participants.mentors + figures.participants.mentees : 0;
  return (
    <Page.Main aria-busy={loading}>
      <Page.Title>{t('monitoring.title')}</Page.Title>
      <Layouts.Header
        title={t('monitoring.title')}
        subtitle={figures && !failed ? t('monitoring.generatedAt', { time: formatDate(figures.generatedAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('monitoring.subtitle')}
        primaryAction={
          <Button startIcon={<ArrowClockwise />} loading={loading} onClick={() => setRefreshKey((n) => n + 1)}>
            {t('monitoring.refresh')}
          </Button>
        }
      />
      <Layouts.Action
        startActions={
          figures && (
            <Box minWidth="28rem">
              <Field.Root name="program">
                <Field.Label>{t('monitoring.program.label')}</Field.Label>
                <SingleSelect value={filters.program || ALL} onChange={(value) => setFilter({ program: value === ALL ? '' : String(value) })}>
                  <SingleSelectOption value={ALL}>{t('monitoring.program.all')}</SingleSelectOption>
                  {figures.programs.map((program) => (
                    <SingleSelectOption key={program.documentId} value={program.documentId}>
                      {program.current ? t('monitoring.program.current', { name: program.name }) : program.name}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
          )
        }
      />
      <Layouts.Content>
        {failed || !figures ? (
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <EmptyStateLayout
              icon={<WarningCircle width="6.4rem" height="6.4rem" fill="danger600" />}
              content={t('monitoring.error')}
              action={
                <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => setRefreshKey((n) => n + 1)}>
                  {t('monitoring.retry')}
                </Button>
              }
            />
          </Box>
        ) : participants === 0 ? (
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={t('monitoring.empty')} />
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={8}>
            <Figures figures={figures} />
            <AtRiskList filters={filters} onFilter={setFilter} refreshKey={refreshKey} />
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
