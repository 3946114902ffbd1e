/** What POST /documents answers: the stored document, or why it was refused. */
export type UploadResult = { id: string; title: string } | { error: string };

/**
 * Uploads a file to the documents store for a company (today: its TAX_EXEMPTION_CERTIFICATE),
 * with the header that proves the request is not a cross-site form post.
 */
export async function uploadCompanyDocument(
  file: File,
  target: { companyId: string; kind: string; title: string },
): Promise<UploadResult> {
  const query = new URLSearchParams({ companyId: target.companyId, kind: target.kind, title: target.title });
  try {
    const res = await fetch(`/documents?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': file.type || 'application/octet-stream', 'x-portal-upload': '1' },
      body: file,
    });
    const body = (await res.json().catch(() => null)) as {
      id?: string;
      title?: string;
      error?: { message?: string };
    } | null;
    if (res.ok && body?.id) return { id: body.id, title: body.title ?? target.title };
    return { error: body?.error?.message ?? `The upload failed (HTTP ${res.status}).` };
  } catch {
    return { error: 'The upload failed: the network did not answer. Try again.' };
  }
}
