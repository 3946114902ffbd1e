import { Anchor, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface DocumentLinkProps {
  /** Document.id; the gateway serves it at /documents/<id> (session cookie, same origin). */
  documentId: string;
  /** The link text, e.g. the Document.title "Invoice INV-1001". */
  children: ReactNode;
  /** Suggested file name; the server's Content-Disposition wins when it sends one. */
  fileName?: string;
}

export function documentUrl(documentId: string): string {
  return `/documents/${encodeURIComponent(documentId)}`;
}

/** Downloads a stored document (PDF, certificate). */
export function DocumentLink({ documentId, children, fileName }: DocumentLinkProps) {
  return (
    <Anchor href={documentUrl(documentId)} download={fileName ?? true}>
      <Group gap={4} component="span" wrap="nowrap" style={{ display: 'inline-flex' }}>
        <IconDownload size={16} aria-hidden />
        <span>{children}</span>
      </Group>
    </Anchor>
  );
}
