import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import { RequirePermission } from '../../viewer/require-permission';
import { QuotationPanel } from './quotation-panel';
import { RfqLines } from './rfq-lines';
import { RfqThread } from './rfq-thread';

export const RfqPageDocument = graphql(`
  query RfqPage($id: ID!) {
    rfq(id: $id) {
      id
      number
      title
      status
      createdAt
      neededBy
      requestedBy {
        id
        name
      }
      lines {
        id
        ...RfqLines_line
      }
      ...RfqThread_rfq
      quotation {
        id
        ...QuotationPanel_order
      }
    }
  }
`);

export function RfqRoute() {
  return (
    <RequirePermission anyOf={['RFQ_SUBMIT', 'QUOTES_RESPOND']} staff={false}>
      <RfqPage />
    </RequirePermission>
  );
}

function RfqPage() {
  const { rfqId = '' } = useParams();
  const { data, error, refetch } = useQuery(RfqPageDocument, { variables: { id: rfqId } });
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const rfq = data.rfq;
  if (!rfq) {
    return (
      <EmptyState
        title="RFQ not found"
        description="It does not exist or you may not see it."
        action={
          <Anchor component={Link} to="/rfqs">
            Back to RFQs
          </Anchor>
        }
      />
    );
  }
  return (
    <>
      <PageHeader
        title={`RFQ ${rfq.number}: ${rfq.title}`}
        documentTitle={`RFQ ${rfq.number}`}
        badge={<StatusBadge status={rfq.status} />}
        description={
          <>
            Asked by {rfq.requestedBy.name} on {rfq.createdAt.slice(0, 10)}
            {rfq.neededBy ? ` · needed by ${rfq.neededBy}` : ''}
          </>
        }
        actions={
          <Anchor component={Link} to="/rfqs">
            All RFQs
          </Anchor>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 7 }}>
          <Stack gap="lg">
            {rfq.quotation ? (
              <QuotationPanel order={rfq.quotation} rfqStatus={rfq.status} />
            ) : (
              <Card withBorder padding="lg">
                <Title order={2} size="h4">
                  Quotation
                </Title>
                <Text c="dimmed">
                  Our sales team has not sent a quotation yet. You will get an e-mail when they do.
                </Text>
              </Card>
            )}
            <Card withBorder padding="lg">
              <Group mb="xs">
                <Title order={2} size="h4">
                  What you asked for
                </Title>
              </Group>
              <RfqLines lines={rfq.lines} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 5 }}>
          <Card withBorder padding="lg">
            <RfqThread rfq={rfq} />
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
