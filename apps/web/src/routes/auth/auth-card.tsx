import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PORTAL_NAME } from '../../components/app-header';

interface AuthCardProps {
  /** The id of the heading, which names the card for screen readers. */
  headingId: string;
  /** The document title's first part ("Sign in" → "Sign in · <portal>"). */
  pageTitle: string;
  heading: string;
  children: ReactNode;
  /** Links under the form (e.g. "Forgot password?"). */
  footer?: ReactNode;
}

/** The card every signed-out page (sign-in, invitation, password reset) is laid out in. */
export function AuthCard({ headingId, pageTitle, heading, children, footer }: AuthCardProps) {
  return (
    <Paper
      component="section"
      withBorder
      shadow="sm"
      p="xl"
      radius="md"
      w="100%"
      maw={440}
      aria-labelledby={headingId}
    >
      <title>{`${pageTitle} · ${PORTAL_NAME}`}</title>
      <Title order={1} size="h2" id={headingId} mb="md">
        {heading}
      </Title>
      {children}
      {footer && (
        <Text mt="md" size="sm">
          {footer}
        </Text>
      )}
    </Paper>
  );
}
