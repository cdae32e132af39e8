import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  EmptyStateLayout,
  Flex,
  Grid,
  Loader,
  Status,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowClockwise, PaperPlane, WarningCircle } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { MatchingProposalView, MatchingRunStatus, MatchingRunView, ProposalRelease, ReleaseResult } from '../../../../shared/contracts/matching-run';
import { useT, type MessageKey } from '../../utils/useT';
import { Kpi } from '../monitoring/Kpi';
import { errorMessage, statusOf } from './errors';
import { JobProgress } from './JobProgress';

/** How often a running job is asked for its progress. */
const POLL_MS = 1_000;

const STATUS_VARIANT = { queued: 'neutral', running: 'secondary', completed: 'success', failed: 'danger' } as const;

export const RunStatus = ({ status }: { status: MatchingRunStatus }) => {
  const t = useT();
  return (
    <Status variant={STATUS_VARIANT[status]} size="S">
      <Typography fontWeight="bold">{t(`matching.status.${status}` as MessageKey)}</Typography>
    </Status>
  );
};

const RELEASE_VARIANT = {
  proposed: 'secondary',
  awaiting_approval: 'secondary',
  active: 'success',
  completed: 'neutral',
  declined: 'warning',
  expired: 'warning',
  ended: 'neutral',
} as const;

/** Where a proposal stands: not released, or its connection's state with who has confirmed. */
const ReleaseBadge = ({ release }: { release: ProposalRelease | null }) => {
  const t = useT();
  const { formatDate } = useIntl();
  if (!release) return <Typography textColor="neutral600">{t('release.none')}</Typography>;
  const key: MessageKey =
    release.state === 'proposed'
      ? release.confirmedByMentee
        ? 'release.proposed.mentee'
        : release.confirmedByMentor
          ? 'release.proposed.mentor'
          : 'release.proposed'
      : (`release.${release.state}` as MessageKey);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Status variant={RELEASE_VARIANT[release.state]} size="S">
        {/* Wraps at narrow widths, so the table fits a 1280-pixel window without scrolling sideways. */}
        <Typography fontWeight="bold" style={{ whiteSpace: 'normal' }}>
          {t(key)}
        </Typography>
      </Status>
      {release.state === 'proposed' && release.respondBy && (
        <Typography variant="pi" textColor="neutral600">
          {t('release.respondBy', { time: formatDate(release.respondBy, { dateStyle: 'medium', timeStyle: 'short' }) })}
        </Typography>
      )}
    </Flex>
  );
};

/** Optimal and greedy totals side by side. */
const Totals = ({ summary }: { summary: NonNullable<MatchingRunView['summary']> }) => {
  const t = useT();
  const { formatNumber } = useIntl();
  const greedy = summary.greedy;
  const cards = [
    {
      label: t('matching.totals.matched'),
      value: t('matching.totals.matched.value', { matched: summary.matched, mentees: summary.mentees }),
      hint: t('matching.totals.matched.hint', { slots: summary.slots, mentors: summary.mentors }),
    },
    {
      label: t('matching.totals.score'),
      value: formatNumber(summary.totalScore),
      hint: `${t('matching.totals.score.hint')}. ${t(summary.certified ? 'matching.totals.certified' : 'matching.totals.notCertified')}`,
    },
    {
      label: t('matching.totals.greedyMatched'),
      value: greedy ? t('matching.totals.matched.value', { matched: greedy.matched, mentees: summary.mentees }) : t('value.none'),
      hint: greedy ? t('matching.totals.greedy.hint') : t('matching.totals.greedy.none'),
    },
    {
      label: t('matching.totals.greedyScore'),
      value: greedy ? formatNumber(greedy.totalScore) : t('value.none'),
      hint: greedy ? t('matching.totals.greedy.hint') : t('matching.totals.greedy.none'),
    },
  ];
  return (
    <Grid.Root gap={4}>
      {cards.map((card) => (
        <Grid.Item key={card.label} col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <Kpi {...card} />
        </Grid.Item>
      ))}
    </Grid.Root>
  );
};

/** What the last release did: how many were released, and each refusal with its reason. */
const ReleaseOutcome = ({ result, proposals, onClose }: { result: ReleaseResult; proposals: MatchingProposalView[]; onClose: () => void }) => {
  const t = useT();
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const fresh = result.released.filter((item) => !item.alreadyReleased).length;
  const already = result.released.length - fresh;
  return (
    <Alert variant={result.refused.length > 0 ? 'warning' : 'success'} title={t('matching.result.title')} closeLabel={t('matching.result.close')} onClose={onClose} role="status">
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography>{t('matching.result.released', { count: fresh })}</Typography>
        {already > 0 && <Typography>{t('matching.result.already', { count: already })}</Typography>}
        {result.refused.length > 0 && (
          <>
            <Typography>{t('matching.result.refused', { count: result.refused.length })}</Typography>
            <Box tag="ul" paddingLeft={4}>
              {result.refused.map((item) => {
                const proposal = byId.get(item.proposal);
                return (
                  <li key={item.proposal}>
                    <Typography>
                      {t('matching.result.refusedLine', { mentee: proposal?.mentee.fullName ?? item.proposal, mentor: proposal?.mentor.fullName ?? '', message: item.message })}
                    </Typography>
                  </li>
                );
              })}
            </Box>
          </>
        )}
      </Flex>
    </Alert>
  );
};

/** The review table: every proposal with its %, reasons and state; those not yet released can be chosen. */
const ProposalTable = ({
  proposals,
  selected,
  onSelect,
}: {
  proposals: MatchingProposalView[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
}) => {
  const t = useT();
  const open = proposals.filter((proposal) => !proposal.release).map((proposal) => proposal.id);
  const chosen = open.filter((id) => selected.has(id)).length;
  const all = open.length > 0 && chosen === open.length ? true : chosen > 0 ? 'indeterminate' : false;
  const columns: MessageKey[] = ['matching.review.col.pair', 'matching.review.col.compatibility', 'matching.review.col.reasons', 'matching.review.col.state'];
  return (
    <Table colCount={columns.length + 1} rowCount={proposals.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Checkbox aria-label={t('matching.review.selectAll')} checked={all} disabled={open.length === 0} onCheckedChange={(value) => onSelect(open, value === true)} />
          </Th>
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
        {proposals.map((proposal) => (
          <Tr key={proposal.id}>
            <Td>
              <Checkbox
                aria-label={t('matching.review.select', { mentee: proposal.mentee.fullName, mentor: proposal.mentor.fullName })}
                checked={proposal.release ? false : selected.has(proposal.id)}
                disabled={proposal.release !== null}
                onCheckedChange={(value) => onSelect([proposal.id], value === true)}
              />
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start">
                <Typography fontWeight="semiBold">{proposal.mentee.fullName}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {t('matching.review.withMentor', { mentor: proposal.mentor.fullName })}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Typography fontWeight="bold">{t('matching.review.percent', { score: proposal.compatibility })}</Typography>
            </Td>
            <Td>
              <Box tag="ul" minWidth="14rem" maxWidth="40rem">
                {proposal.reasons.map((reason) => (
                  <li key={reason.factor}>
                    <Typography variant="pi" textColor="neutral700" style={{ whiteSpace: 'normal' }}>
                      {reason.detail}
                    </Typography>
                  </li>
                ))}
              </Box>
            </Td>
            <Td>
              <ReleaseBadge release={proposal.release} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

/**
 * One run: its progress bar while the job works (polled every second), then its totals against a
 * greedy assignment, the proposals to review (all selected at first) and the release.
 */
export const RunPanel = ({ runId, onChanged }: { runId: string; onChanged: () => void }) => {
  const t = useT();
  const { formatDate, formatNumber } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [run, setRun] = useState<MatchingRunView | null>(null);
  const [failure, setFailure] = useState<'notFound' | 'error' | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [selected, setSelected] = useState<Set<string> | null>(null);
  const [releasing, setReleasing] = useState(false);
  const [result, setResult] = useState<ReleaseResult | null>(null);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      get<MatchingRunView>(`/mentoring/matching-runs/${encodeURIComponent(runId)}`)
        .then(({ data }) => {
          if (!current) return;
          setRun(data);
          setFailure(null);
          if (data.status === 'queued' || data.status === 'running') timer = setTimeout(poll, POLL_MS);
          else if (attempt === 0) onChanged();
        })
        .catch((error) => current && setFailure(statusOf(error) === 404 ? 'notFound' : 'error'));
    poll();
    return () => {
      current = false;
      if (timer) clearTimeout(timer);
    };
    // onChanged only refreshes the list once the run settles; it is not a reason to poll again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [get, runId, attempt]);

  // Every proposal not yet released starts selected, once the run has them.
  useEffect(() => {
    if (run?.proposals && selected === null) setSelected(new Set(run.proposals.filter((proposal) => !proposal.release).map((proposal) => proposal.id)));
  }, [run, selected]);

  const open = useMemo(() => (run?.proposals ?? []).filter((proposal) => !proposal.release), [run]);
  const chosen = open.filter((proposal) => selected?.has(proposal.id)).map((proposal) => proposal.id);

  const select = (ids: string[], on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous ?? []);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const release = async () => {
    setReleasing(true);
    try {
      const { data } = await post<ReleaseResult>(`/mentoring/matching-runs/${encodeURIComponent(runId)}/release`, { proposals: chosen });
      setResult(data);
      setSelected(new Set());
      setAttempt((n) => n + 1);
      onChanged();
    } catch (error) {
      toggleNotification({ type: 'danger', message: t('matching.release.failed', { message: errorMessage(error) }) });
    } finally {
      setReleasing(false);
    }
  };

  const title = run ? t('matching.run.title', { time: formatDate(run.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('matching.run.loading');

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius tag="section" aria-labelledby="matching-run-title" aria-busy={!run || run.status === 'queued' || run.status === 'running'}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
          <Typography variant="delta" tag="h2" id="matching-run-title">
            {title}
          </Typography>
          {run && (
            <Flex gap={2}>
              <Typography textColor="neutral600">
                {run.program?.name ?? ''} · {t(`matching.objective.${run.objective}` as MessageKey)}
              </Typography>
              <RunStatus status={run.status} />
            </Flex>
          )}
        </Flex>

        {failure ? (
          <EmptyStateLayout
            icon={<WarningCircle width="6.4rem" height="6.4rem" fill="danger600" />}
            content={t(failure === 'notFound' ? 'matching.run.notFound' : 'matching.run.error')}
            action={
              failure === 'error' && (
                <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => setAttempt((n) => n + 1)}>
                  {t('matching.retry')}
                </Button>
              )
            }
          />
        ) : !run ? (
          <Flex justifyContent="center" padding={8}>
            <Loader>{t('matching.run.loading')}</Loader>
          </Flex>
        ) : run.status === 'queued' || run.status === 'running' ? (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography variant="omega" fontWeight="bold" tag="h3">
              {t('matching.progress.title')}
            </Typography>
            <JobProgress percent={run.progress * 100} label={t('matching.progress.label')} />
            <Typography aria-live="polite">{t('matching.progress.value', { percent: formatNumber(Math.round(run.progress * 100)) })}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {t('matching.progress.hint')}
            </Typography>
          </Flex>
        ) : run.status === 'failed' ? (
          <EmptyStateLayout icon={<WarningCircle width="6.4rem" height="6.4rem" fill="danger600" />} content={t('matching.failed', { message: run.error ?? '' })} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <JobProgress percent={100} label={t('matching.progress.label')} />
              <Typography>{t('matching.progress.value', { percent: formatNumber(100) })}</Typography>
            </Flex>
            {run.summary && (
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Typography variant="omega" fontWeight="bold" tag="h3">
                  {t('matching.totals.title')}
                </Typography>
                <Totals summary={run.summary} />
              </Flex>
            )}
            {result && <ReleaseOutcome result={result} proposals={run.proposals ?? []} onClose={() => setResult(null)} />}
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap">
                <Box>
                  <Typography variant="omega" fontWeight="bold" tag="h3">
                    {t('matching.review.title')}
                  </Typography>
                  <Box maxWidth="72rem">
                    <Typography variant="pi" textColor="neutral600">
                      {t('matching.review.hint')}
                    </Typography>
                  </Box>
                </Box>
                <Flex gap={3} alignItems="center">
                  <Typography textColor="neutral600">{t('matching.review.selected', { selected: chosen.length, total: open.length })}</Typography>
                  <Button startIcon={<PaperPlane />} loading={releasing} disabled={chosen.length === 0} onClick={release}>
                    {t('matching.release', { count: chosen.length })}
                  </Button>
                </Flex>
              </Flex>
              {(run.proposals ?? []).length === 0 ? (
                <EmptyStateLayout icon={<EmptyDocuments width="16rem" />} content={t('matching.review.empty')} />
              ) : (
                <ProposalTable proposals={run.proposals ?? []} selected={selected ?? new Set()} onSelect={select} />
              )}
            </Flex>
          </Flex>
        )}
      </Flex>
    </Box>
  );
};
