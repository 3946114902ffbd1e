import type { ProductCard_ProductFragment } from '../../gql/graphql';

/** A product sold in drums of 55 gal, on backorder, with a contract price and volume breaks. */
export const solvent: ProductCard_ProductFragment = {
  __typename: 'Product',
  id: 'UHJvZHVjdDox',
  sku: 'SOLV-55',
  name: 'Industrial solvent blend',
  description: 'Fast-evaporating cleaning solvent.',
  category: { __typename: 'Category', id: 'c1', name: 'Solvents' },
  baseUnit: { __typename: 'UnitOfMeasure', id: 'gal', symbol: 'gal' },
  units: [
    {
      __typename: 'ProductUnit',
      factor: '1',
      isDefault: false,
      unit: { __typename: 'UnitOfMeasure', id: 'gal', symbol: 'gal', name: 'Gallon' },
    },
    {
      __typename: 'ProductUnit',
      factor: '55',
      isDefault: true,
      unit: { __typename: 'UnitOfMeasure', id: 'dr', symbol: 'dr', name: 'Drum' },
    },
  ],
  minimumOrderQuantity: '55',
  orderMultiple: '55',
  availability: {
    __typename: 'Availability',
    status: 'BACKORDER',
    quantityAvailable: null,
    restockDate: '2026-12-11',
    leadTimeDays: null,
  },
  documents: [
    {
      __typename: 'Document',
      id: 'RG9jOjE',
      title: 'Certificate of analysis',
      kind: 'CERTIFICATE_OF_ANALYSIS',
    },
  ],
  price: {
    __typename: 'ProductPrice',
    unitPrice: { __typename: 'Money', amount: '712.25', currencyCode: 'USD' },
    explanation: 'Globex contract: drum price',
    unit: { __typename: 'UnitOfMeasure', id: 'dr', symbol: 'dr' },
  },
  priceBreaks: [
    {
      __typename: 'PriceBreak',
      minQuantity: '1',
      unitPrice: { __typename: 'Money', amount: '712.25', currencyCode: 'USD' },
      explanation: 'drum price',
    },
    {
      __typename: 'PriceBreak',
      minQuantity: '5',
      unitPrice: { __typename: 'Money', amount: '682', currencyCode: 'USD' },
      explanation: '5+ drums',
    },
  ],
};
