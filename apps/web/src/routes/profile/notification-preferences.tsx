import { useMutation, useQuery } from '@apollo/client/react';
import { Loader, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { NotificationCategory } from '../../gql/graphql';
import { notifySuccess } from '../../lib/notify';

export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      category
      enabled
    }
    viewer {
      permissions
      company {
        id
        statementEmail
      }
    }
  }
`);

export const UpdateNotificationPreferencesDocument = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        category
        enabled
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

export const SetCompanyStatementEmailDocument = graphql(`
  mutation SetCompanyStatementEmail($input: SetCompanyStatementEmailInput!) {
    setCompanyStatementEmail(input: $input) {
      company {
        id
        statementEmail
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

const CATEGORY_TEXT: Record<NotificationCategory, { label: string; description: string }> = {
  ORDERS: { label: 'Orders', description: 'Submitted and confirmed orders, delivery issues' },
  APPROVALS: { label: 'Approvals', description: 'Orders waiting for your approval, and decisions on yours' },
  QUOTES: { label: 'Quotes and RFQs', description: 'New requests, quotations sent, accepted or expired' },
  SHIPMENTS: { label: 'Shipments', description: 'Orders shipped to you' },
  INVOICES: {
    label: 'Invoices and reminders',
    description: 'Issued invoices, reminders before and after the due date, payments',
  },
  STATEMENTS: { label: 'Statements', description: "Your company's nightly statement of account" },
};

/**
 * Which e-mails you get, one switch per category: each switch saves only its own category.
 * Invitations and password e-mails always go out. A portal admin also turns the company's
 * nightly statement e-mail on or off here.
 */
export function NotificationPreferences() {
  const { data, error, refetch } = useQuery(NotificationPreferencesDocument);
  const [update] = useMutation(UpdateNotificationPreferencesDocument);
  const [setStatement] = useMutation(SetCompanyStatementEmailDocument);
  const [saving, setSaving] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  if (!data)
    return error ? <UserErrorsAlert errors={[unexpectedErrorMessage(error)]} /> : <Loader size="sm" />;
  const company = data.viewer?.company ?? null;
  const managesCompany = Boolean(company) && (data.viewer?.permissions ?? []).includes('USERS_MANAGE');

  async function save(category: NotificationCategory, enabled: boolean) {
    setSaving(category);
    setErrors([]);
    try {
      const result = await update({ variables: { input: { preferences: [{ category, enabled }] } } });
      const payload = result.data?.updateNotificationPreferences;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length) {
        setErrors(payload.userErrors.map((e) => e.message));
        return;
      }
      notifySuccess(`${CATEGORY_TEXT[category].label} e-mails turned ${enabled ? 'on' : 'off'}.`);
    } catch (e) {
      setErrors([unexpectedErrorMessage(e)]);
    } finally {
      setSaving(null);
      await refetch();
    }
  }

  async function saveStatement(enabled: boolean) {
    setSaving('company-statement');
    setErrors([]);
    try {
      const result = await setStatement({ variables: { input: { enabled } } });
      const payload = result.data?.setCompanyStatementEmail;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length) {
        setErrors(payload.userErrors.map((e) => e.message));
        return;
      }
      notifySuccess(`The nightly statement e-mail is ${enabled ? 'on' : 'off'} for your company.`);
    } catch (e) {
      setErrors([unexpectedErrorMessage(e)]);
    } finally {
      setSaving(null);
    }
  }

  return (
    <Stack gap="sm">
      <UserErrorsAlert errors={errors} />
      {data.notificationPreferences.map((preference) => (
        <Switch
          key={preference.category}
          label={CATEGORY_TEXT[preference.category].label}
          description={CATEGORY_TEXT[preference.category].description}
          checked={preference.enabled}
          disabled={saving !== null}
          onChange={(e) => void save(preference.category, e.currentTarget.checked)}
        />
      ))}
      <Text size="sm" c="dimmed">
        Invitations and password e-mails are always sent.
      </Text>
      {managesCompany && company ? (
        <Switch
          label="E-mail our statement every night"
          description="For your company: the statement of account, with its PDF, to everyone who reads it"
          checked={company.statementEmail ?? false}
          disabled={saving !== null}
          onChange={(e) => void saveStatement(e.currentTarget.checked)}
        />
      ) : null}
    </Stack>
  );
}
