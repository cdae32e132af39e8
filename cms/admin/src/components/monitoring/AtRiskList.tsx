import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import {
  Box,
  Button,
  EmptyStateLayout,
  Field,
  Flex,
  Grid,
  Link,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Status,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Download, WarningCircle } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { HEALTH_REASONS, type AtRiskPair } from '../../../../shared/contracts/monitoring';
import { PLUGIN_ID } from '../../pluginId';
import { useT, type MessageKey } from '../../utils/useT';

export interface AtRiskFilters {
  program: string;
  health: string;
  reason: string;
}

const ANY = 'any';

const queryOf = (filters: AtRiskFilters) => {
  const params = new URLSearchParams();
  if (filters.program) params.set('program', filters.program);
  if (filters.health) params.set('health', filters.health);
  if (filters.reason) params.set('reason', filters.reason);
  const query = params.toString();
  return query ? `?${query}` : '';
};

/** The filename the server named in Content-Disposition, else a sensible one. */
const filenameOf = (headers: Headers | undefined) => /filename="([^"]+)"/.exec(headers?.get('Content-Disposition') ?? '')?.[1] ?? 'at-risk-pairs.csv';

/** The active pairs that are not on track, with filters, a CSV export and a link to each pair. */
export const AtRiskList = ({ filters, onFilter, refreshKey }: { filters: AtRiskFilters; onFilter: (change: Partial<AtRiskFilters>) => void; refreshKey: number }) => {
  const t = useT();
  const { formatDate } = useIntl();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [pairs, setPairs] = useState<AtRiskPair[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const query = queryOf(filters);

  useEffect(() => {
    let current = true;
    setPairs(null);
    setFailed(false);
    get<{ data: AtRiskPair[] }>(`/mentoring/monitoring/at-risk${query}`)
      .then(({ data }) => current && setPairs(data.data))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [get, query, refreshKey, attempt]);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const response = await get<Blob>(`/mentoring/monitoring/at-risk.csv${query}`, { responseType: 'blob' });
      const url = URL.createObjectURL(response.data);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = filenameOf((response as { headers?: Headers }).headers);
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      URL.revokeObjectURL(url);
    } catch {
      toggleNotification({ type: 'danger', message: t('atRisk.exportFailed') });
    } finally {
      setExporting(false);
    }
  };

  const day = (value: string | null) => (value ? formatDate(value, { dateStyle: 'medium' }) : t('atRisk.never'));
  const filtered = Boolean(filters.health || filters.reason);
  // One program chosen: its name on every line would say nothing.
  const columns: MessageKey[] = [
    'atRisk.col.pair',
    ...(filters.program ? [] : (['atRisk.col.program'] as MessageKey[])),
    'atRisk.col.started',
    'atRisk.col.health',
    'atRisk.col.reasons',
    'atRisk.col.lastContact',
    'atRisk.col.contactsThisMonth',
  ];

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="at-risk-title">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
          <Box>
            <Typography variant="delta" tag="h2" id="at-risk-title">
              {t('atRisk.title')}
            </Typography>
            <Box>
              <Typography variant="pi" textColor="neutral600">
                {t('atRisk.subtitle')}
                {pairs ? ` ${t('atRisk.count', { count: pairs.length })}` : ''}
              </Typography>
            </Box>
          </Box>
          <Button variant="secondary" startIcon={<Download />} onClick={exportCsv} loading={exporting} disabled={!pairs || pairs.length === 0}>
            {t('atRisk.export')}
          </Button>
        </Flex>
        <Grid.Root gap={4}>
          <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
            <Field.Root name="at-risk-health">
              <Field.Label>{t('atRisk.filter.health')}</Field.Label>
              <SingleSelect value={filters.health || ANY} onChange={(value) => onFilter({ health: value === ANY ? '' : String(value) })}>
                <SingleSelectOption value={ANY}>{t('atRisk.filter.any')}</SingleSelectOption>
                <SingleSelectOption value="at_risk">{t('health.at_risk')}</SingleSelectOption>
                <SingleSelectOption value="inactive">{t('health.inactive')}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
            <Field.Root name="at-risk-reason">
              <Field.Label>{t('atRisk.filter.reason')}</Field.Label>
              <SingleSelect value={filters.reason || ANY} onChange={(value) => onFilter({ reason: value === ANY ? '' : String(value) })}>
                <SingleSelectOption value={ANY}>{t('atRisk.filter.any')}</SingleSelectOption>
                {HEALTH_REASONS.map((reason) => (
                  <SingleSelectOption key={reason} value={reason}>
                    {t(`reason.${reason}` as MessageKey)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        {failed ? (
          <EmptyStateLayout
            icon={<WarningCircle width="6.4rem" height="6.4rem" fill="danger600" />}
            content={t('atRisk.error')}
            action={
              <Button variant="secondary" onClick={() => setAttempt((n) => n + 1)}>
                {t('monitoring.retry')}
              </Button>
            }
          />
        ) : !pairs ? (
          <Flex justifyContent="center" padding={8}>
            <Loader>{t('atRisk.loading')}</Loader>
          </Flex>
        ) : pairs.length === 0 ? (
          <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={t(filtered ? 'atRisk.emptyFiltered' : 'atRisk.empty')} />
        ) : (
          <Table colCount={columns.length} rowCount={pairs.length + 1}>
            <Thead>
              <Tr>
                {columns.map((column) => (
                  <Th key={column}>
                    <Typography variant="sigma" textColor="neutral600">
                      {t(column)}
                    </Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {pairs.map((pair) => (
                <Tr key={pair.documentId}>
                  <Td>
                    <Flex direction="column" alignItems="flex-start">
                      <Link
                        tag={RouterLink}
                        to={`/plugins/${PLUGIN_ID}/monitoring/connections/${pair.documentId}${filters.program ? `?program=${encodeURIComponent(filters.program)}` : ''}`}
                        aria-label={t('atRisk.openLabel', { mentee: pair.mentee.fullName, mentor: pair.mentor.fullName })}
                      >
                        {pair.mentee.fullName}
                      </Link>
                      <Typography variant="pi" textColor="neutral600">
                        {t('atRisk.withMentor', { mentor: pair.mentor.fullName })}
                      </Typography>
                    </Flex>
                  </Td>
                  {!filters.program && (
                    <Td>
                      <Typography>{pair.program?.name ?? t('value.none')}</Typography>
                    </Td>
                  )}
                  <Td>
                    <Typography>{day(pair.startedAt)}</Typography>
                  </Td>
                  <Td>
                    <Status variant={pair.health === 'inactive' ? 'danger' : 'warning'} size="S">
                      <Typography fontWeight="bold">{t(`health.${pair.health}` as MessageKey)}</Typography>
                    </Status>
                  </Td>
                  <Td>
                    <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
                      {[...new Set(pair.reasons.map((reason) => reason.rule))].map((rule) => (
                        <li key={rule}>
                          <Typography variant="pi">{t(`reason.${rule}` as MessageKey)}</Typography>
                        </li>
                      ))}
                    </Flex>
                  </Td>
                  <Td>
                    <Typography>{day(pair.lastContactAt)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{t('atRisk.contacts', { count: pair.contactsThisMonth })}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Flex>
    </Box>
  );
};
