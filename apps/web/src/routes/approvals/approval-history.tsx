import { useQuery } from '@apollo/client/react';
import { Card, Table, Text, Title } from '@mantine/core';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { Money } from '../../components/money';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format-date';
import { OrderNumberLink } from '../orders/order-number-link';

export const ApprovalHistoryDocument = graphql(`
  query ApprovalHistory($first: Int!, $after: String, $withPrices: Boolean!) {
    approvalHistory(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          status
          createdBy {
            id
            name
          }
          total @include(if: $withPrices) {
            amount
            currencyCode
          }
          approval {
            status
            comment
            decidedAt
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** The orders the viewer approved or rejected, the latest first, with their comments. */
export function ApprovalHistory({ withPrices }: { withPrices: boolean }) {
  const pages = useCursorPages();
  const { data, previousData } = useQuery(ApprovalHistoryDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, withPrices },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.approvalHistory;
  return (
    <Card withBorder component="section" aria-labelledby="approval-history-title">
      <Title order={2} size="h4" id="approval-history-title" mb="xs">
        Your decisions
      </Title>
      {!shown ? (
        <Text c="dimmed">Loading…</Text>
      ) : shown.totalCount === 0 ? (
        <Text c="dimmed">You have not decided on any order yet.</Text>
      ) : (
        <>
          <div role="region" aria-label="Your decisions table" tabIndex={0} style={{ overflowX: 'auto' }}>
            <Table miw={560} aria-label="Orders you decided">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Order</Table.Th>
                  <Table.Th>Decision</Table.Th>
                  <Table.Th>Decided</Table.Th>
                  <Table.Th>Comment</Table.Th>
                  <Table.Th>Author</Table.Th>
                  {withPrices && <Table.Th ta="right">Total</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>
                      <OrderNumberLink order={node} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {node.approval && <StatusBadge status={node.approval.status} size="sm" />}
                    </Table.Td>
                    <Table.Td>{formatDateTime(node.approval?.decidedAt)}</Table.Td>
                    <Table.Td>{node.approval?.comment ?? '—'}</Table.Td>
                    <Table.Td>{node.createdBy?.name ?? '—'}</Table.Td>
                    {withPrices && (
                      <Table.Td ta="right">
                        <Money money={node.total} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <CursorPager
            pages={pages}
            pageSize={PAGE_SIZE}
            shown={shown.edges.length}
            totalCount={shown.totalCount}
            hasNextPage={shown.pageInfo.hasNextPage}
            endCursor={shown.pageInfo.endCursor}
            noun="decisions"
          />
        </>
      )}
    </Card>
  );
}
