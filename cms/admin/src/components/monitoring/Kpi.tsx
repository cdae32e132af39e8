import { Box, Flex, Typography } from '@strapi/design-system';

/** One figure of the dashboard: what it is, its value, and a line that puts it in context. */
export const Kpi = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <Box background="neutral0" padding={5} shadow="tableShadow" hasRadius height="100%">
    <Flex direction="column" alignItems="flex-start" gap={2}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {label}
      </Typography>
      <Typography variant="beta" tag="p" textColor="neutral800">
        {value}
      </Typography>
      {hint && (
        <Typography variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      )}
    </Flex>
  </Box>
);
