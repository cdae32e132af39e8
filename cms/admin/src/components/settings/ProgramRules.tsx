import { useEffect, useState, type FormEvent } from 'react';
import { Box, Button, Checkbox, Field, Flex, Grid, Loader, NumberInput, SingleSelect, SingleSelectOption, Toggle, Typography } from '@strapi/design-system';
import { ArrowClockwise, Check } from '@strapi/icons';
import { Layouts, useFetchClient, useNotification } from '@strapi/strapi/admin';
import {
  PROGRAM_RULE_KEYS,
  type ProgramOverrides,
  type ProgramRuleKey,
  type ProgramRulesResponse,
  type ProgramRulesView,
  type ProgramsResponse,
  type ProgramSummary,
} from '../../../../shared/contracts/program-rules';
import type { FieldError } from '../../../../shared/contracts/settings';
import { useT, type MessageKey } from '../../utils/useT';

type Errors = Partial<Record<ProgramRuleKey | '_form', string>>;

const ruleLabel = (key: ProgramRuleKey) => `programRules.rule.${key}` as MessageKey;

/** One message per rule, as the server named them; anything else goes to the form. */
function fieldErrors(error: unknown, fallback: string): Errors {
  const body = (error as { response?: { data?: { error?: { message?: string; details?: { errors?: FieldError[] } } } } }).response?.data?.error;
  const errors: Errors = {};
  for (const item of body?.details?.errors ?? []) {
    const key = ((PROGRAM_RULE_KEYS as readonly string[]).includes(item.path[0]) ? item.path[0] : '_form') as keyof Errors;
    errors[key] = errors[key] ? `${errors[key]}; ${item.message}` : item.message;
  }
  if (Object.keys(errors).length === 0) errors._form = body?.message ?? fallback;
  return errors;
}

const Notice = ({ children, onRetry }: { children: string; onRetry?: () => void }) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="flex-start" gap={3} role={onRetry ? 'alert' : undefined}>
      <Typography textColor={onRetry ? 'danger600' : 'neutral600'}>{children}</Typography>
      {onRetry && (
        <Button variant="secondary" size="S" startIcon={<ArrowClockwise />} onClick={onRetry}>
          {t('programRules.retry')}
        </Button>
      )}
    </Flex>
  );
};

/** One rule: the program-wide setting, or this program's own value. */
const RuleField = ({
  rule,
  value,
  fallback,
  error,
  disabled,
  onChange,
}: {
  rule: ProgramRuleKey;
  value: number | boolean | null;
  fallback: number | boolean;
  error?: string;
  disabled: boolean;
  onChange: (value: number | boolean | null) => void;
}) => {
  const t = useT();
  const inherited = value === null;
  const shown = inherited ? fallback : value;
  const fallbackText = typeof fallback === 'boolean' ? t(fallback ? 'programRules.on' : 'programRules.off') : String(fallback);
  return (
    <Field.Root name={`programRules.${rule}`} error={error}>
      <Field.Label>{t(ruleLabel(rule))}</Field.Label>
      {typeof fallback === 'boolean' ? (
        <Toggle
          onLabel={t('programRules.on')}
          offLabel={t('programRules.off')}
          checked={Boolean(shown)}
          disabled={disabled || inherited}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      ) : (
        <NumberInput
          value={Number.isNaN(shown) ? undefined : (shown as number)}
          disabled={disabled || inherited}
          // An emptied field stays empty (NaN) and is refused before saving, instead of quietly following the setting.
          onValueChange={(next) => onChange((next ?? Number.NaN) as number)}
        />
      )}
      <Field.Error />
      <Box paddingTop={2}>
        <Checkbox
          checked={inherited}
          disabled={disabled}
          aria-label={t('programRules.useDefault.label', { rule: t(ruleLabel(rule)), value: fallbackText })}
          onCheckedChange={(checked) => onChange(checked === true ? null : fallback)}
        >
          {t('programRules.useDefault', { value: fallbackText })}
        </Checkbox>
      </Box>
    </Field.Root>
  );
};

/**
 * Per-program rules: pick a cohort, and for each rule either follow the program-wide setting or
 * give this cohort its own value. The workflow applies the cohort's value wherever it reads the rule.
 */
export const ProgramRules = ({ canUpdate }: { canUpdate: boolean }) => {
  const t = useT();
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [programs, setPrograms] = useState<ProgramSummary[] | null>(null);
  const [programsFailed, setProgramsFailed] = useState(false);
  const [programsAttempt, setProgramsAttempt] = useState(0);
  const [selected, setSelected] = useState<string | undefined>();
  const [view, setView] = useState<ProgramRulesView | null>(null);
  const [draft, setDraft] = useState<ProgramOverrides | null>(null);
  const [rulesFailed, setRulesFailed] = useState(false);
  const [rulesAttempt, setRulesAttempt] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    setProgramsFailed(false);
    get<ProgramsResponse>('/mentoring/programs')
      .then(({ data }) => {
        if (!current) return;
        setPrograms(data.data);
        setSelected((before) => before ?? (data.data.find((program) => program.current) ?? data.data[0])?.documentId);
      })
      .catch(() => current && setProgramsFailed(true));
    return () => {
      current = false;
    };
  }, [get, programsAttempt]);

  useEffect(() => {
    if (!selected) return;
    let current = true;
    setView(null);
    setDraft(null);
    setErrors({});
    setRulesFailed(false);
    get<ProgramRulesResponse>(`/mentoring/programs/${selected}/rules`)
      .then(({ data }) => {
        if (!current) return;
        setView(data.data);
        setDraft(data.data.overrides);
      })
      .catch(() => current && setRulesFailed(true));
    return () => {
      current = false;
    };
  }, [get, selected, rulesAttempt]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!view || !draft) return;
    const empty = PROGRAM_RULE_KEYS.filter((rule) => Number.isNaN(draft[rule]));
    if (empty.length > 0) {
      setErrors(Object.fromEntries(empty.map((rule) => [rule, t('programRules.required')])));
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const { data } = await put<ProgramRulesResponse>(`/mentoring/programs/${view.program.documentId}/rules`, draft);
      setView(data.data);
      setDraft(data.data.overrides);
      setPrograms((list) => list?.map((program) => (program.documentId === data.data.program.documentId ? data.data.program : program)) ?? list);
      toggleNotification({ type: 'success', message: t('programRules.saved', { program: data.data.program.name }) });
    } catch (error) {
      setErrors(fieldErrors(error, t('programRules.saveFailed')));
      toggleNotification({ type: 'danger', message: t('programRules.invalid') });
    } finally {
      setSaving(false);
    }
  };

  const body = () => {
    if (programsFailed) return <Notice onRetry={() => setProgramsAttempt((n) => n + 1)}>{t('programRules.programsError')}</Notice>;
    if (!programs) return <Loader small>{t('programRules.loading')}</Loader>;
    if (programs.length === 0) return <Notice>{t('programRules.empty')}</Notice>;
    return (
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Box maxWidth="40rem">
          <Field.Root name="programRules.program">
            <Field.Label>{t('programRules.program.label')}</Field.Label>
            <SingleSelect value={selected} onChange={(value) => setSelected(String(value))}>
              {programs.map((program) => (
                <SingleSelectOption key={program.documentId} value={program.documentId}>
                  {t(program.current ? 'programRules.program.current' : 'programRules.program.option', { name: program.name, overrides: program.overrides })}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        {rulesFailed ? (
          <Notice onRetry={() => setRulesAttempt((n) => n + 1)}>{t('programRules.rulesError')}</Notice>
        ) : !view || !draft ? (
          <Loader small>{t('programRules.loading')}</Loader>
        ) : (
          <form onSubmit={onSubmit} noValidate aria-label={t('programRules.form', { program: view.program.name })}>
            <Flex direction="column" alignItems="stretch" gap={6}>
              {errors._form && (
                <Typography textColor="danger600" role="alert">
                  {errors._form}
                </Typography>
              )}
              <Grid.Root gap={6}>
                {PROGRAM_RULE_KEYS.map((rule) => (
                  <Grid.Item key={rule} col={6} s={12} direction="column" alignItems="stretch">
                    <RuleField
                      rule={rule}
                      value={draft[rule]}
                      fallback={view.defaults[rule]}
                      error={errors[rule]}
                      disabled={!canUpdate}
                      onChange={(value) => {
                        setDraft({ ...draft, [rule]: value });
                        setErrors(({ [rule]: _cleared, ...rest }) => rest);
                      }}
                    />
                  </Grid.Item>
                ))}
              </Grid.Root>
              <Flex justifyContent="flex-end">
                <Button type="submit" startIcon={<Check />} loading={saving} disabled={!canUpdate}>
                  {t('programRules.save', { program: view.program.name })}
                </Button>
              </Flex>
            </Flex>
          </form>
        )}
      </Flex>
    );
  };

  return (
    <Layouts.Content>
      <Box background="neutral0" padding={6} marginTop={6} marginBottom={10} shadow="filterShadow" hasRadius tag="section" aria-labelledby="program-rules-title">
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="delta" tag="h2" id="program-rules-title">
            {t('programRules.title')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('programRules.intro')}
          </Typography>
          {body()}
        </Flex>
      </Box>
    </Layouts.Content>
  );
};
