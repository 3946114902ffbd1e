import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PORTAL_NAME } from './app-header';

export interface PageHeaderProps {
  /** The page's one h1. */
  title: ReactNode;
  /** Browser tab title (without the portal name); defaults to `title` when it is a string. */
  documentTitle?: string;
  description?: ReactNode;
  /** Buttons on the right (wrap below on small screens). */
  actions?: ReactNode;
  /** e.g. a StatusBadge next to the title */
  badge?: ReactNode;
}

export function PageHeader({ title, documentTitle, description, actions, badge }: PageHeaderProps) {
  const tab = documentTitle ?? (typeof title === 'string' ? title : undefined);
  return (
    <Group justify="space-between" align="flex-start" mb="md" gap="sm">
      {tab && <title>{`${tab} · ${PORTAL_NAME}`}</title>}
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} size="h2">
            {title}
          </Title>
          {badge}
        </Group>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
