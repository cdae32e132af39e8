import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import {
  Box,
  Button,
  EmptyStateLayout,
  Field,
  Flex,
  Grid,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowClockwise, Play, WarningCircle } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import type { MatchingObjective, MatchingRunList } from '../../../shared/contracts/matching-run';
import { RunPanel, RunStatus } from '../components/matching/RunPanel';
import { errorMessage } from '../components/matching/errors';
import { PERMISSIONS } from '../permissions';
import { useT, type MessageKey } from '../utils/useT';

const OBJECTIVES: MatchingObjective[] = ['max_matched_then_score', 'max_score'];

/** The recent runs, newest first; each opens in the panel below. */
const RecentRuns = ({ runs, openRun, onOpen }: { runs: MatchingRunList['data']; openRun: string | null; onOpen: (id: string) => void }) => {
  const t = useT();
  const { formatDate } = useIntl();
  if (runs.length === 0) return <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={t('matching.recent.empty')} />;
  const columns: MessageKey[] = [
    'matching.recent.col.started',
    'matching.recent.col.program',
    'matching.recent.col.objective',
    'matching.recent.col.status',
    'matching.recent.col.matched',
    'matching.recent.col.released',
  ];
  return (
    <Table colCount={columns.length + 1} rowCount={runs.length + 1}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column}>
              <Typography variant="sigma" textColor="neutral600">
                {t(column)}
              </Typography>
            </Th>
          ))}
          <Th>
            <Typography variant="sigma" textColor="neutral600">
              {t('matching.recent.open')}
            </Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {runs.map((run) => {
          const time = formatDate(run.createdAt, { dateStyle: 'medium', timeStyle: 'short' });
          return (
            <Tr key={run.id}>
              <Td>
                <Typography>{time}</Typography>
              </Td>
              <Td>
                <Typography>{run.program?.name ?? t('value.none')}</Typography>
              </Td>
              <Td>
                <Typography>{t(`matching.objective.${run.objective}` as MessageKey)}</Typography>
              </Td>
              <Td>
                <RunStatus status={run.status} />
              </Td>
              <Td>
                <Typography>{run.summary ? t('matching.recent.matched', { matched: run.summary.matched, mentees: run.summary.mentees }) : t('value.none')}</Typography>
              </Td>
              <Td>
                <Typography>{run.released}</Typography>
              </Td>
              <Td>
                <Button variant={run.id === openRun ? 'secondary' : 'tertiary'} size="S" onClick={() => onOpen(run.id)} aria-label={t('matching.recent.openLabel', { time })}>
                  {t('matching.recent.open')}
                </Button>
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};

/**
 * Bulk matching for staff: choose a program and an objective, start a run, watch its progress,
 * review its proposals and release the ones to keep; every released proposal's state stays in view.
 */
export const MatchingPage = () => {
  const t = useT();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  // useRBAC names an answer after the action's last word: `matching.run` answers as canRun.
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canRun },
  } = useRBAC(PERMISSIONS.runMatching);
  const [params, setParams] = useSearchParams();
  const openRun = params.get('run');
  const [list, setList] = useState<MatchingRunList | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [program, setProgram] = useState('');
  const [objective, setObjective] = useState<MatchingObjective>('max_matched_then_score');
  const [starting, setStarting] = useState(false);

  const load = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (!canRun) return;
    let current = true;
    setFailed(false);
    get<MatchingRunList>('/mentoring/matching-runs')
      .then(({ data }) => {
        if (!current) return;
        setList(data);
        setProgram((chosen) => chosen || (data.programs.find((item) => item.current) ?? data.programs[0])?.documentId || '');
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [canRun, get, attempt]);

  const open = (id: string) => setParams({ run: id }, { replace: false });

  const start = async () => {
    setStarting(true);
    try {
      const { data } = await post<{ id: string }>('/mentoring/matching-runs', { program, objective });
      open(data.id);
      load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: t('matching.startFailed', { message: errorMessage(error) }) });
    } finally {
      setStarting(false);
    }
  };

  if (isLoadingPermissions) return <Page.Loading />;
  if (!canRun) return <Page.NoPermissions />;
  if (!list && !failed) return <Page.Loading>{t('matching.loading')}</Page.Loading>;

  return (
    <Page.Main>
      <Page.Title>{t('matching.title')}</Page.Title>
      <Layouts.Header title={t('matching.title')} subtitle={t('matching.subtitle')} />
      <Layouts.Content>
        {failed || !list ? (
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <EmptyStateLayout
              icon={<WarningCircle width="6.4rem" height="6.4rem" fill="danger600" />}
              content={t('matching.error')}
              action={
                <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={load}>
                  {t('matching.retry')}
                </Button>
              }
            />
          </Box>
        ) : list.programs.length === 0 ? (
          <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius>
            <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={t('matching.noPrograms')} />
          </Box>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={8}>
            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="matching-start-title">
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Box>
                  <Typography variant="delta" tag="h2" id="matching-start-title">
                    {t('matching.start.title')}
                  </Typography>
                  <Box>
                    <Typography variant="pi" textColor="neutral600">
                      {t('matching.start.hint')}
                    </Typography>
                  </Box>
                </Box>
                <Grid.Root gap={4}>
                  <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                    <Field.Root name="matching-program">
                      <Field.Label>{t('matching.program')}</Field.Label>
                      <SingleSelect value={program} onChange={(value) => setProgram(String(value))}>
                        {list.programs.map((item) => (
                          <SingleSelectOption key={item.documentId} value={item.documentId}>
                            {item.current ? t('matching.program.current', { name: item.name }) : item.name}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                    <Field.Root name="matching-objective" hint={t('matching.objective.hint')}>
                      <Field.Label>{t('matching.objective')}</Field.Label>
                      <SingleSelect value={objective} onChange={(value) => setObjective(value as MatchingObjective)}>
                        {OBJECTIVES.map((item) => (
                          <SingleSelectOption key={item} value={item}>
                            {t(`matching.objective.${item}` as MessageKey)}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                      <Field.Hint />
                    </Field.Root>
                  </Grid.Item>
                  <Grid.Item col={3} s={12} direction="column" alignItems="stretch" paddingTop={6}>
                    <Button startIcon={<Play />} loading={starting} disabled={!program} onClick={start} size="L">
                      {t('matching.start')}
                    </Button>
                  </Grid.Item>
                </Grid.Root>
              </Flex>
            </Box>

            {openRun && <RunPanel key={openRun} runId={openRun} onChanged={load} />}

            <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="matching-recent-title">
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Typography variant="delta" tag="h2" id="matching-recent-title">
                  {t('matching.recent.title')}
                </Typography>
                {list ? (
                  <RecentRuns runs={list.data} openRun={openRun} onOpen={open} />
                ) : (
                  <Flex justifyContent="center" padding={8}>
                    <Loader>{t('matching.loading')}</Loader>
                  </Flex>
                )}
              </Flex>
            </Box>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
