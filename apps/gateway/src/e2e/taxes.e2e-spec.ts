import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Money, dec, toDecimalString } from '@portal/domain';
import { toGlobalId } from '../common/node-id';
import { Product } from '../entity';
import type { GraphQLClient } from '../testing/graphql-client';
import { seedOrderFixture } from '../testing/order-fixture';
import { startTestPortal, testEngines, type TestPortal } from '../testing/portal-harness';

const ERRORS = 'userErrors { field code message }';
const RATE = 'id taxClass name countryCode region ratePercent';
const SAVE_RATE = `mutation($input: SaveTaxRateInput!) { saveTaxRate(input: $input) { taxRate { ${RATE} } ${ERRORS} } }`;
const DELETE_RATE = `mutation($id: ID!) { deleteTaxRate(taxRateId: $id) { deletedId ${ERRORS} } }`;
const TAX_CLASSES = `query { taxClasses { code name productCount rates { ${RATE} } } }`;
const SAVE_COMPANY = `mutation($input: SaveCompanyInput!) { saveCompany(input: $input) {
  company { addresses { id label } } ${ERRORS} } }`;
const SAVE_PRODUCT = `mutation($input: SaveProductInput!) { saveProduct(input: $input) { product { id sku } ${ERRORS} } }`;
const EXEMPTION = 'certificateNumber validFrom validUntil activeToday document { kind title url }';
const SET_EXEMPTION = `mutation($input: SetCompanyTaxExemptionInput!) { setCompanyTaxExemption(input: $input) {
  company { taxExemption { ${EXEMPTION} } } ${ERRORS} } }`;
const ORDER = 'id subtotal { amount } taxTotal { amount } total { amount } shippingAddress { label }';
const CREATE = `mutation($input: CreateDraftOrderInput!) { createDraftOrder(input: $input) { order { ${ORDER} } ${ERRORS} } }`;
const DETAILS = `mutation($input: UpdateOrderDetailsInput!) { updateOrderDetails(input: $input) { order { ${ORDER} } ${ERRORS} } }`;

/** The tax of an amount at a rate, as the domain rounds it (half-up to the cent). */
const taxAt = (subtotal: string, percent: string) =>
  toDecimalString(Money.of(subtotal, 'USD').multiply(dec(percent).div(100)).round().amount, 2);

function certificatePdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ info: { CreationDate: new Date('2026-01-01T00:00:00Z') } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

describe.each(testEngines())('taxes as configuration on %s', (engine) => {
  let portal: TestPortal;
  let admin: GraphQLClient;
  let accounting: GraphQLClient;
  let sales: GraphQLClient;
  let buyer: GraphQLClient;
  let acmeId: string;
  let dockId: string;
  let billingId: string;
  let californiaRateId: string;

  const saveRate = async (client: GraphQLClient, input: Record<string, unknown>) =>
    (await client.request(SAVE_RATE, { input })).data?.saveTaxRate;
  const deleteRate = async (id: string) =>
    (await accounting.request(DELETE_RATE, { id })).data?.deleteTaxRate;
  const setExemption = async (input: Record<string, unknown>) =>
    (await accounting.request(SET_EXEMPTION, { input })).data?.setCompanyTaxExemption;
  const draft = async (extra: Record<string, unknown> = {}) => {
    const res = await buyer.request(CREATE, {
      input: { lines: [{ sku: 'SOLV-55', quantity: '110' }], ...extra },
    });
    return res.data?.createDraftOrder;
  };
  const upload = (client: GraphQLClient, query: Record<string, string>, body: Buffer) =>
    fetch(`${portal.url}/documents?${new URLSearchParams(query).toString()}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/pdf',
        'x-portal-upload': '1',
        cookie: client.sessionCookie ?? '',
      },
      body,
    });

  beforeAll(async () => {
    portal = await startTestPortal(engine, { catalog: true });
    await seedOrderFixture(portal); // STANDARD 8.25 % everywhere
    ({ admin, accounting, sales, buyer } = await portal.signedInAll({
      admin: 'admin@seller.example',
      accounting: 'accounting@seller.example',
      sales: 'sales@seller.example',
      buyer: 'buyer@acme.example',
    }));
    acmeId = toGlobalId('Company', portal.fixture.acme.company.id);
    const address = (label: string, city: string, region: string, postalCode: string) => ({
      label,
      line1: '1 Main Street',
      city,
      region,
      postalCode,
      countryCode: 'US',
    });
    const saved = await admin.request(SAVE_COMPANY, {
      input: {
        companyId: acmeId,
        addresses: [
          { ...address('Billing office', 'Springfield', 'IL', '62701'), isDefaultBilling: true },
          { ...address('Dock 4', 'San Francisco', 'CA', '94102'), isDefaultShipping: true },
        ],
      },
    });
    expect(saved.data?.saveCompany.userErrors).toEqual([]);
    const addresses = saved.data?.saveCompany.company.addresses;
    billingId = addresses.find((a: any) => a.label === 'Billing office').id;
    dockId = addresses.find((a: any) => a.label === 'Dock 4').id;
  });

  afterAll(async () => {
    await portal?.stop();
  });

  it('lets accounting add a regional rate to a tax class, checked as typed, and lists the classes with their rates', async () => {
    const created = await saveRate(accounting, {
      taxClass: 'standard',
      name: 'California sales tax',
      countryCode: 'us',
      region: 'ca',
      ratePercent: '7.25',
    });
    expect(created.userErrors).toEqual([]);
    expect(created.taxRate).toMatchObject({
      taxClass: 'STANDARD',
      countryCode: 'US',
      region: 'CA',
      ratePercent: '7.25',
    });
    californiaRateId = created.taxRate.id;

    expect(
      (
        await saveRate(accounting, {
          taxClass: 'STANDARD',
          name: 'Again',
          countryCode: 'US',
          region: 'CA',
          ratePercent: '7',
        })
      ).userErrors,
    ).toEqual([
      {
        field: ['input', 'region'],
        code: 'ALREADY_EXISTS',
        message: 'Tax class STANDARD at US-CA has a rate already; change that one.',
      },
    ]);
    expect(
      (await saveRate(accounting, { taxClass: 'STANDARD', name: 'Bad', region: 'CA', ratePercent: '101' }))
        .userErrors,
    ).toEqual([{ field: ['input', 'region'], code: 'INVALID', message: 'A region needs its country.' }]);
    expect(
      (
        await saveRate(accounting, {
          taxClass: 'STANDARD',
          name: 'Bad',
          countryCode: 'US',
          ratePercent: '101',
        })
      ).userErrors,
    ).toEqual([
      {
        field: ['input', 'ratePercent'],
        code: 'INVALID',
        message: 'The rate is between 0 and 100 percent, with at most 4 decimals.',
      },
    ]);

    const classes = (await accounting.request(TAX_CLASSES)).data?.taxClasses;
    expect(classes).toEqual([
      {
        code: 'STANDARD',
        name: 'Standard rate',
        productCount: expect.any(Number),
        rates: [
          expect.objectContaining({ countryCode: null, region: null, ratePercent: '8.25' }),
          expect.objectContaining({
            countryCode: 'US',
            region: 'CA',
            ratePercent: '7.25',
            name: 'California sales tax',
          }),
        ],
      },
    ]);
    expect(classes[0].productCount).toBeGreaterThan(0);
  });

  it('is staff configuration: customers and sales may neither read nor change it', async () => {
    for (const client of [buyer, sales]) {
      const res = await client.request(SAVE_RATE, {
        input: { taxClass: 'STANDARD', name: 'x', ratePercent: '1' },
      });
      expect(res.data?.saveTaxRate ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const read = await buyer.request(TAX_CLASSES);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("taxes an order at its ship-to's rate, and again when the ship-to changes", async () => {
    const created = await draft();
    expect(created.userErrors).toEqual([]);
    const order = created.order;
    expect(order.shippingAddress.label).toBe('Dock 4');
    expect(order.taxTotal.amount).toBe(taxAt(order.subtotal.amount, '7.25'));

    const moved = (
      await buyer.request(DETAILS, { input: { orderId: order.id, shippingAddressId: billingId } })
    ).data?.updateOrderDetails;
    expect(moved.userErrors).toEqual([]);
    expect(moved.order.shippingAddress.label).toBe('Billing office');
    // Illinois has no rate of its own: the rate for everywhere.
    expect(moved.order.taxTotal.amount).toBe(taxAt(order.subtotal.amount, '8.25'));
    expect(moved.order.total.amount).toBe(
      toDecimalString(dec(moved.order.subtotal.amount).plus(moved.order.taxTotal.amount), 2),
    );

    // Staff entering a phone order for the company: the ship-to they pick decides too.
    const phone = (
      await sales.request(CREATE, {
        input: { companyId: acmeId, channel: 'PHONE', lines: [{ sku: 'SOLV-55', quantity: '110' }] },
      })
    ).data?.createDraftOrder;
    expect(phone.userErrors).toEqual([]);
    expect(phone.order.taxTotal.amount).toBe(taxAt(phone.order.subtotal.amount, '7.25'));
    const repointed = (
      await sales.request(DETAILS, { input: { orderId: phone.order.id, shippingAddressId: billingId } })
    ).data?.updateOrderDetails;
    expect(repointed.order.taxTotal.amount).toBe(taxAt(phone.order.subtotal.amount, '8.25'));
    void dockId;
  });

  it('refuses a product whose tax class has no rate, or none where customers ship to', async () => {
    const saveBrandy = async (taxClass: string) =>
      (
        await admin.request(SAVE_PRODUCT, {
          input: {
            sku: 'BRANDY-1',
            name: 'Brandy',
            baseUnitId: toGlobalId('UnitOfMeasure', portal.catalog.units.ea.id),
            listPrice: '30',
            taxClass,
          },
        })
      ).data?.saveProduct;
    const none = await saveBrandy('ALCOHOL');
    expect(none).toEqual({
      product: null,
      userErrors: [
        {
          field: ['input', 'taxClass'],
          code: 'INVALID',
          message: 'Tax class ALCOHOL has no tax rate; add its rates before products use it.',
        },
      ],
    });

    const californiaOnly = await saveRate(accounting, {
      taxClass: 'ALCOHOL',
      name: 'California alcohol',
      countryCode: 'US',
      region: 'CA',
      ratePercent: '9.5',
    });
    expect(californiaOnly.userErrors).toEqual([]);
    const gap = await saveBrandy('ALCOHOL');
    expect(gap.userErrors).toEqual([
      {
        field: ['input', 'taxClass'],
        code: 'INVALID',
        message:
          'Tax class ALCOHOL has no tax rate for US-IL, where customers have ship-to addresses; add one (or a country-wide rate).',
      },
    ]);

    const countryWide = await saveRate(accounting, {
      taxClass: 'ALCOHOL',
      name: 'US alcohol',
      countryCode: 'US',
      ratePercent: '10',
    });
    expect(countryWide.userErrors).toEqual([]);
    const saved = await saveBrandy('alcohol');
    expect(saved.userErrors).toEqual([]);

    // The rate that covers Illinois cannot go while a product needs it; California's can.
    expect(await deleteRate(countryWide.taxRate.id)).toEqual({
      deletedId: null,
      userErrors: [
        {
          field: ['taxRateId'],
          code: 'INVALID',
          message:
            '1 product(s) use tax class ALCOHOL. Tax class ALCOHOL has no tax rate for US-IL, where customers have ship-to addresses; add one (or a country-wide rate).',
        },
      ],
    });
    expect((await deleteRate(californiaOnly.taxRate.id)).userErrors).toEqual([]);
  });

  it('never taxes a line at 0 for want of a rate: the order is refused with the reason', async () => {
    // A product carrying a class with no rate (data from before rates were checked).
    await portal.runtime.dataSource.getRepository(Product).update({ sku: 'SOLV-5' }, { taxClass: 'GHOST' });
    const res = await buyer.request(CREATE, { input: { lines: [{ sku: 'SOLV-5', quantity: '10' }] } });
    expect(res.data?.createDraftOrder).toEqual({
      order: null,
      userErrors: [
        {
          field: ['input', 'shippingAddressId'],
          code: 'NOT_AVAILABLE',
          message:
            "No tax rate at US-CA (the order's ship-to) for SOLV-5 (tax class GHOST): choose another ship-to, or ask accounting to add the rate.",
        },
      ],
    });
    await portal.runtime.dataSource
      .getRepository(Product)
      .update({ sku: 'SOLV-5' }, { taxClass: 'STANDARD' });
  });

  it('exempts a company while its certificate is valid, with the certificate kept in the documents store', async () => {
    const pdf = await certificatePdf('Resale certificate RC-77');
    const uploaded = await upload(
      accounting,
      { kind: 'TAX_EXEMPTION_CERTIFICATE', title: 'Resale certificate RC-77', companyId: acmeId },
      pdf,
    );
    expect(uploaded.status).toBe(201);
    const document = (await uploaded.json()) as { id: string; url: string };
    // Only a company takes a certificate, and a company only a certificate.
    expect((await upload(accounting, { kind: 'OTHER', title: 'x', companyId: acmeId }, pdf)).status).toBe(
      400,
    );
    expect(
      (await upload(sales, { kind: 'TAX_EXEMPTION_CERTIFICATE', title: 'x', companyId: acmeId }, pdf)).status,
    ).toBe(403);

    const today = portal.runtime.clock.today();
    const set = await setExemption({
      companyId: acmeId,
      certificateNumber: 'RC-77',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      documentId: document.id,
    });
    expect(set.userErrors).toEqual([]);
    expect(set.company.taxExemption).toEqual({
      certificateNumber: 'RC-77',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      activeToday: true,
      document: { kind: 'TAX_EXEMPTION_CERTIFICATE', title: 'Resale certificate RC-77', url: document.url },
    });
    const exempt = await draft();
    expect(exempt.order.taxTotal.amount).toBe('0.00');
    // The buyer's admin reads the certificate of their own company.
    const download = await fetch(`${portal.url}${document.url}`, {
      headers: { cookie: buyer.sessionCookie ?? '' },
    });
    expect(download.status).toBe(200);

    // Expired yesterday: taxed again.
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const expired = await setExemption({
      companyId: acmeId,
      certificateNumber: 'RC-77',
      validFrom: '2025-01-01',
      validUntil: yesterday,
    });
    expect(expired.userErrors).toEqual([]);
    expect(expired.company.taxExemption).toMatchObject({ activeToday: false, document: null });
    const taxed = await draft();
    expect(taxed.order.taxTotal.amount).toBe(taxAt(taxed.order.subtotal.amount, '7.25'));

    const refused = await setExemption({
      companyId: acmeId,
      certificateNumber: 'RC-78',
      validFrom: '2026-06-01',
      validUntil: '2026-05-31',
    });
    expect(refused.userErrors).toEqual([
      {
        field: ['input', 'validUntil'],
        code: 'INVALID',
        message: 'The certificate cannot expire before it starts.',
      },
    ]);
    const foreign = await setExemption({
      companyId: toGlobalId('Company', portal.fixture.globex.company.id),
      certificateNumber: 'G-1',
      documentId: document.id,
    });
    expect(foreign.userErrors.map((e: any) => e.field)).toEqual([['input', 'documentId']]);

    const cleared = await setExemption({ companyId: acmeId, certificateNumber: null });
    expect(cleared.company.taxExemption).toBeNull();
  });

  it('falls back to the rate for everywhere once the regional rate is deleted', async () => {
    const created = await draft();
    expect(created.order.taxTotal.amount).toBe(taxAt(created.order.subtotal.amount, '7.25'));
    expect((await deleteRate(californiaRateId)).userErrors).toEqual([]);
    const after = await draft();
    expect(after.order.taxTotal.amount).toBe(taxAt(after.order.subtotal.amount, '8.25'));
  });
});
