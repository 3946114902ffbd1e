import { Image, Modal, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';

export interface GalleryImage {
  id: string;
  title: string;
  url: string;
}

/**
 * A product's pictures as thumbnails (scaled by the browser, from the stored original); a
 * thumbnail opens the picture large.
 */
export function ProductGallery({
  productName,
  images,
}: {
  productName: string;
  images: readonly GalleryImage[];
}) {
  // The picture stays chosen while the dialog closes (its title names it until it is gone).
  const [chosen, setChosen] = useState<GalleryImage | null>(null);
  const [opened, setOpened] = useState(false);
  const show = (image: GalleryImage) => {
    setChosen(image);
    setOpened(true);
  };
  if (images.length === 0) return <Text c="dimmed">No pictures yet.</Text>;
  return (
    <>
      <SimpleGrid
        cols={{ base: 3, sm: 5 }}
        spacing="xs"
        role="list"
        aria-label={`Pictures of ${productName}`}
      >
        {images.map((image) => (
          <div key={image.id} role="listitem">
            <UnstyledButton
              onClick={() => show(image)}
              aria-label={`Show picture: ${image.title}`}
              w="100%"
              style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, overflow: 'hidden' }}
            >
              <Image src={image.url} alt="" h={96} fit="contain" loading="lazy" />
            </UnstyledButton>
          </div>
        ))}
      </SimpleGrid>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={chosen?.title ?? 'Picture'}
        size="xl"
        centered
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {chosen && <Image src={chosen.url} alt={chosen.title} fit="contain" mah="70vh" />}
      </Modal>
    </>
  );
}
