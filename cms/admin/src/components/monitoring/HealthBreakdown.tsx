import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useTheme } from 'styled-components';
import { HEALTH_REASONS, HEALTH_STATUSES, type MonitoringFigures } from '../../../../shared/contracts/monitoring';
import { useT, type MessageKey } from '../../utils/useT';
import { ChartCard } from './ChartCard';

/** Active connections by health as a ring, and beside it how many pairs each reason applies to. */
export const HealthBreakdown = ({ health }: { health: MonitoringFigures['health'] }) => {
  const t = useT();
  const { colors } = useTheme();
  const color = { on_track: colors.success500, at_risk: colors.warning500, inactive: colors.danger600 };
  const data = HEALTH_STATUSES.map((status) => ({ status, name: t(`health.${status}` as MessageKey), value: health[status] }));
  const total = data.reduce((sum, entry) => sum + entry.value, 0);
  return (
    <Grid.Root gap={4}>
      <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
        <ChartCard
          id="health-breakdown"
          title={t('health.title')}
          hint={t('health.hint')}
          empty={total === 0}
          data={{ columns: [t('atRisk.col.health'), t('kpi.active')], rows: data.map((entry) => [entry.name, entry.value]) }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <PieChart accessibilityLayer={false}>
              <Pie data={data} dataKey="value" nameKey="name" innerRadius="55%" outerRadius="85%" isAnimationActive={false} rootTabIndex={-1}>
                {data.map((entry) => (
                  <Cell key={entry.status} fill={color[entry.status]} />
                ))}
              </Pie>
              <Tooltip />
              <Legend itemSorter={null} />
            </PieChart>
          </ResponsiveContainer>
        </ChartCard>
      </Grid.Item>
      <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
        <Box background="neutral0" padding={5} shadow="tableShadow" hasRadius height="100%" tag="section" aria-labelledby="health-reasons-title">
          <Typography variant="delta" tag="h3" id="health-reasons-title">
            {t('health.reasons')}
          </Typography>
          {total === 0 ? (
            <Box paddingTop={3}>
              <Typography textColor="neutral600">{t('health.none')}</Typography>
            </Box>
          ) : (
            <Flex tag="ul" direction="column" alignItems="stretch" gap={3} paddingTop={4}>
              {HEALTH_REASONS.map((reason) => (
                <Flex tag="li" key={reason} justifyContent="space-between" gap={2}>
                  <Typography>{t(`reason.${reason}` as MessageKey)}</Typography>
                  <Typography fontWeight="bold">{t('health.pairs', { count: health.reasons[reason] })}</Typography>
                </Flex>
              ))}
            </Flex>
          )}
        </Box>
      </Grid.Item>
    </Grid.Root>
  );
};
