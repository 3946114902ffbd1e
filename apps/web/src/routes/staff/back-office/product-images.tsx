import { Button, FileInput, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProductGallery, type GalleryImage } from '../../../components/product-gallery';
import { FormAlert } from '../../../components/form-alert';
import { notifySuccess } from '../../../lib/notify';

/** The header the gateway asks of uploads (a cross-site form cannot send it). */
const UPLOAD_HEADER = 'x-portal-upload';

/** Uploads a picture to the documents store as the product's PRODUCT_IMAGE; resolves to an error message or null. */
async function uploadProductImage(productId: string, title: string, file: File): Promise<string | null> {
  const query = new URLSearchParams({ kind: 'PRODUCT_IMAGE', title, productId });
  try {
    const response = await fetch(`/documents?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': file.type, [UPLOAD_HEADER]: '1' },
      body: file,
    });
    if (response.status === 201) return null;
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return body?.error?.message ?? `The upload failed (${response.status}).`;
  } catch {
    return 'The upload failed: the server could not be reached.';
  }
}

/** Staff: the product's gallery and a form to add a picture (PNG or JPEG, at most 10 MiB). */
export function ProductImages({
  productId,
  productName,
  images,
  onUploaded,
}: {
  productId: string;
  productName: string;
  images: readonly GalleryImage[];
  onUploaded: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError('Choose a PNG or JPEG picture.');
      return;
    }
    setBusy(true);
    const message = await uploadProductImage(productId, title.trim() || file.name, file);
    setBusy(false);
    setError(message);
    if (!message) {
      notifySuccess(`Picture ${title.trim() || file.name} added.`);
      setFile(null);
      setTitle('');
      onUploaded();
    }
  };
  return (
    <Stack gap="sm">
      <ProductGallery productName={productName} images={images} />
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add a picture">
        <Stack gap="xs">
          <FormAlert messages={error ? [error] : []} />
          <Group align="flex-end">
            <FileInput
              label="Picture"
              description="PNG or JPEG, at most 10 MiB."
              accept="image/png,image/jpeg"
              value={file}
              onChange={setFile}
              clearable
              w={260}
            />
            <TextInput
              label="Caption"
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              w={220}
            />
            <Button type="submit" loading={busy}>
              Upload picture
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
