import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { splitUserErrors, unexpectedErrorMessage } from '../../components/user-errors';
import { graphql } from '../../gql';
import type { RfqThread_RfqFragment } from '../../gql/graphql';
import { useViewer } from '../../viewer/viewer-context';
import { formatDateTime } from '../../lib/format-date';

export const RfqThread_RfqFragmentDoc = graphql(`
  fragment RfqThread_rfq on Rfq {
    id
    messages {
      at
      body
      author {
        id
        name
      }
    }
  }
`);

export const PostRfqMessageDocument = graphql(`
  mutation PostRfqMessage($input: RfqMessageInput!) {
    postRfqMessage(input: $input) {
      rfq {
        id
        ...RfqThread_rfq
      }
      userErrors {
        ...UserErrors_userError
      }
    }
  }
`);

/** An RFQ's conversation; customers' buyers and staff with QUOTES_MANAGE may write. */
export function RfqThread({ rfq }: { rfq: RfqThread_RfqFragment }) {
  const { canAny, isStaff, viewer } = useViewer();
  const mayWrite = isStaff ? canAny(['QUOTES_MANAGE']) : canAny(['RFQ_SUBMIT', 'QUOTES_RESPOND']);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [post, { loading }] = useMutation(PostRfqMessageDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormErrors([]);
    if (!body.trim()) {
      setError('Write a message first.');
      return;
    }
    setError(undefined);
    try {
      const result = await post({ variables: { input: { rfqId: rfq.id, body } } });
      const payload = result.data?.postRfqMessage;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0) {
        const split = splitUserErrors(payload.userErrors, ['body']);
        setError(split.fields.body);
        setFormErrors(split.form);
        return;
      }
      setBody('');
    } catch (e) {
      setFormErrors([unexpectedErrorMessage(e)]);
    }
  }

  return (
    <section aria-labelledby="rfq-thread-title">
      <Title order={2} size="h4" id="rfq-thread-title" mb="sm">
        Messages
      </Title>
      <Stack gap="xs" mb="md" role="log" aria-label="Messages">
        {rfq.messages.length === 0 && <Text c="dimmed">No messages yet.</Text>}
        {rfq.messages.map((m, i) => {
          const own = m.author.id === viewer.user.id;
          return (
            <Paper
              key={`${m.at}-${i}`}
              withBorder
              p="sm"
              radius="md"
              bg={own ? 'blue.0' : undefined}
              ml={own ? 'xl' : 0}
              mr={own ? 0 : 'xl'}
            >
              <Group justify="space-between" gap="xs">
                <Text fw={600} size="sm">
                  {m.author.name}
                </Text>
                <Text size="xs" c="dimmed" component="time" dateTime={m.at}>
                  {formatDateTime(m.at)}
                </Text>
              </Group>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
            </Paper>
          );
        })}
      </Stack>
      {mayWrite && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <UserErrorsAlert errors={formErrors} />
          <Textarea
            label="Your message"
            name="body"
            autosize
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={error}
          />
          <Group justify="flex-end" mt="xs">
            <Button type="submit" variant="light" loading={loading}>
              Post message
            </Button>
          </Group>
        </form>
      )}
    </section>
  );
}
