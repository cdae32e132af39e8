import type { ReactNode } from 'react';
import { Box, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { useT } from '../../utils/useT';

export interface ChartData {
  /** Column headers: the period first, then one per series. */
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its title and hint. Screen readers get the same figures as a table, since the
 * drawing itself says nothing to them; an all-zero period shows a sentence instead of empty axes.
 */
export const ChartCard = ({ id, title, hint, empty, data, children }: { id: string; title: string; hint: string; empty: boolean; data: ChartData; children: ReactNode }) => {
  const t = useT();
  return (
    <Box background="neutral0" padding={5} shadow="tableShadow" hasRadius height="100%" tag="section" aria-labelledby={`${id}-title`}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Box>
          <Typography variant="delta" tag="h3" id={`${id}-title`}>
            {title}
          </Typography>
          <Box>
            <Typography variant="pi" textColor="neutral600">
              {hint}
            </Typography>
          </Box>
        </Box>
        {empty ? (
          <Flex height="240px" justifyContent="center" alignItems="center" background="neutral100" hasRadius>
            <Typography textColor="neutral600">{t('chart.empty')}</Typography>
          </Flex>
        ) : (
          <Box height="240px" aria-hidden="true">
            {children}
          </Box>
        )}
        <VisuallyHidden>
          <table>
            <caption>{t('chart.dataCaption', { title })}</caption>
            <thead>
              <tr>
                {data.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, index) => (index === 0 ? <th key={index} scope="row">{cell}</th> : <td key={index}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </VisuallyHidden>
      </Flex>
    </Box>
  );
};
