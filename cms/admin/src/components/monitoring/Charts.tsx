import { useIntl } from 'react-intl';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from 'styled-components';
import { CONTACT_MODES, HEALTH_STATUSES, type MonitoringFigures } from '../../../../shared/contracts/monitoring';
import { useT, type MessageKey } from '../../utils/useT';
import { ChartCard } from './ChartCard';

/** `2026-11-23` → a short localised date of that UTC day. */
function useDay() {
  const { formatDate } = useIntl();
  return (day: string) => formatDate(`${day}T00:00:00Z`, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** `2026-11` → a localised month name and year. */
function useMonth() {
  const { formatDate } = useIntl();
  return (month: string) => formatDate(`${month}-01T00:00:00Z`, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** The design system's colours for each series, so the charts match the admin's theme. */
function useChartColors() {
  const { colors } = useTheme();
  return {
    requests: colors.primary600,
    accepted: colors.success500,
    on_track: colors.success500,
    at_risk: colors.warning500,
    inactive: colors.danger600,
    in_person: colors.primary600,
    video: colors.secondary500,
    phone: colors.alternative500,
    email: colors.warning500,
    message: colors.neutral500,
    grid: colors.neutral200,
    axis: colors.neutral600,
  };
}

type SeriesKey = Exclude<keyof ReturnType<typeof useChartColors>, 'grid' | 'axis'>;

interface Series {
  key: SeriesKey;
  name: string;
}

/**
 * One trend over periods: bars side by side, bars stacked, or stacked areas, with the same grid,
 * axes, tooltip and legend (in series order) everywhere. Its figures go to screen readers as a table.
 */
function TrendChart({ id, title, hint, period, kind, rows, series }: { id: string; title: string; hint: string; period: string; kind: 'bars' | 'stackedBars' | 'stackedAreas'; rows: ({ label: string } & Partial<Record<SeriesKey, number>>)[]; series: Series[] }) {
  const color = useChartColors();
  const Chart = kind === 'stackedAreas' ? AreaChart : BarChart;
  return (
    <ChartCard
      id={id}
      title={title}
      hint={hint}
      empty={rows.every((row) => series.every(({ key }) => !row[key]))}
      data={{ columns: [period, ...series.map(({ name }) => name)], rows: rows.map((row) => [row.label, ...series.map(({ key }) => row[key] ?? 0)]) }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <Chart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke={color.grid} vertical={false} />
          <XAxis dataKey="label" stroke={color.axis} fontSize={12} />
          <YAxis allowDecimals={false} stroke={color.axis} fontSize={12} />
          <Tooltip />
          <Legend itemSorter={null} />
          {series.map(({ key, name }) =>
            kind === 'stackedAreas' ? (
              <Area key={key} type="monotone" dataKey={key} stackId="all" name={name} stroke={color[key]} fill={color[key]} fillOpacity={0.5} />
            ) : (
              <Bar key={key} dataKey={key} stackId={kind === 'stackedBars' ? 'all' : undefined} name={name} fill={color[key]} />
            ),
          )}
        </Chart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export const RequestsPerWeekChart = ({ weeks }: { weeks: MonitoringFigures['requestsPerWeek'] }) => {
  const t = useT();
  const day = useDay();
  return (
    <TrendChart
      id="requests-per-week"
      title={t('chart.requestsPerWeek')}
      hint={t('chart.requestsPerWeek.hint')}
      period={t('chart.weekStarting')}
      kind="bars"
      rows={weeks.map((week) => ({ ...week, label: day(week.weekStart) }))}
      series={[
        { key: 'requests', name: t('chart.requests') },
        { key: 'accepted', name: t('chart.accepted') },
      ]}
    />
  );
};

export const ContactsPerMonthChart = ({ months }: { months: MonitoringFigures['contactsPerMonth'] }) => {
  const t = useT();
  const month = useMonth();
  return (
    <TrendChart
      id="contacts-per-month"
      title={t('chart.contactsPerMonth')}
      hint={t('chart.contactsPerMonth.hint')}
      period={t('chart.month')}
      kind="stackedBars"
      rows={months.map((entry) => ({ ...entry, label: month(entry.month) }))}
      series={CONTACT_MODES.map((mode) => ({ key: mode, name: t(`mode.${mode}` as MessageKey) }))}
    />
  );
};

export const HealthOverTimeChart = ({ weeks }: { weeks: MonitoringFigures['healthOverTime'] }) => {
  const t = useT();
  const day = useDay();
  return (
    <TrendChart
      id="health-over-time"
      title={t('chart.healthOverTime')}
      hint={t('chart.healthOverTime.hint')}
      period={t('chart.weekEnding')}
      kind="stackedAreas"
      rows={weeks.map((week) => ({ ...week, label: day(week.weekStart) }))}
      series={HEALTH_STATUSES.map((status) => ({ key: status, name: t(`health.${status}` as MessageKey) }))}
    />
  );
};
