import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Card, FileInput, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import { DataTable } from '../../components/data-table';
import { DocumentLink } from '../../components/document-link';
import { MutationFormModal } from '../../components/mutation-form-modal';
import { PageHeader } from '../../components/page-header';
import { PageStatus } from '../../components/page-status';
import { useMutationAction } from '../../components/use-mutation-action';
import { UserErrorsAlert } from '../../components/user-errors-alert';
import { graphql } from '../../gql';
import type { TaxExemption_CompanyFragment, TaxRateRow_TaxRateFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format-date';
import { RequirePermission } from '../../viewer/require-permission';
import { uploadCompanyDocument } from './upload-document';

export const TaxRateRow_TaxRateFragmentDoc = graphql(`
  fragment TaxRateRow_taxRate on TaxRate {
    id
    taxClass
    name
    countryCode
    region
    ratePercent
  }
`);

export const TaxClassesDocument = graphql(`
  query TaxClasses {
    taxClasses {
      code
      name
      productCount
      rates {
        id
        ...TaxRateRow_taxRate
      }
    }
  }
`);

export const SaveTaxRateDocument = graphql(`
  mutation SaveTaxRate($input: SaveTaxRateInput!) {
    saveTaxRate(input: $input) {
      taxRate {
        id
        ...TaxRateRow_taxRate
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const DeleteTaxRateDocument = graphql(`
  mutation DeleteTaxRate($taxRateId: ID!) {
    deleteTaxRate(taxRateId: $taxRateId) {
      deletedId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const TaxExemption_CompanyFragmentDoc = graphql(`
  fragment TaxExemption_company on Company {
    id
    name
    taxExemption {
      certificateNumber
      validFrom
      validUntil
      activeToday
      document {
        id
        title
      }
    }
  }
`);

export const TaxExemptionCompaniesDocument = graphql(`
  query TaxExemptionCompanies($search: String) {
    companies(first: 25, search: $search) {
      edges {
        node {
          id
          ...TaxExemption_company
        }
      }
    }
  }
`);

export const SetCompanyTaxExemptionDocument = graphql(`
  mutation SetCompanyTaxExemption($input: SetCompanyTaxExemptionInput!) {
    setCompanyTaxExemption(input: $input) {
      company {
        id
        ...TaxExemption_company
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type RateRow = TaxRateRow_TaxRateFragment & { className: string; productCount: number };

/** "Everywhere", "US", "US-CA". */
export function placeOf(rate: Pick<TaxRateRow_TaxRateFragment, 'countryCode' | 'region'>): string {
  if (!rate.countryCode) return 'Everywhere';
  return rate.region ? `${rate.countryCode}-${rate.region}` : rate.countryCode;
}

export function TaxesRoute() {
  return (
    <RequirePermission anyOf="INVOICING_MANAGE" staff>
      <PageHeader
        title="Taxes"
        description="Each product's tax class is taxed at the rate of the place its order ships to: the region's, else the country's, else the rate for everywhere."
      />
      <Stack gap="xl">
        <TaxRates />
        <TaxExemptions />
      </Stack>
    </RequirePermission>
  );
}

const column = createColumnHelper<RateRow>();

/** The tax classes and their rates by place: add, change and delete. */
function TaxRates() {
  const { data, error, refetch } = useQuery(TaxClassesDocument, { fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(DeleteTaxRateDocument);
  const action = useMutationAction();
  if (!data) return <PageStatus error={!!error} onRetry={() => void refetch()} />;
  const rows: RateRow[] = data.taxClasses.flatMap((c) =>
    c.rates.map((r) => ({ ...r, className: c.name, productCount: c.productCount })),
  );
  const uncovered = data.taxClasses.filter((c) => c.rates.length === 0);
  const columns = [
    column.accessor('taxClass', { header: 'Tax class' }),
    column.accessor('name', { header: 'Name' }),
    column.display({ id: 'place', header: 'Applies to', cell: (i) => placeOf(i.row.original) }),
    column.accessor('ratePercent', { header: 'Rate', cell: (i) => `${i.getValue()} %` }),
    column.accessor('productCount', { header: 'Products in class' }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: (i) => {
        const rate = i.row.original;
        const label = `${rate.taxClass} ${placeOf(rate)}`;
        return (
          <Group gap="xs" wrap="nowrap">
            <TaxRateDialog rate={rate} onDone={() => void refetch()} />
            <ConfirmButton
              size="xs"
              variant="subtle"
              color="red"
              aria-label={`Delete rate ${label}`}
              confirmTitle={`Delete the rate ${label}?`}
              confirmMessage="Orders shipping there take the next more general rate of the class."
              confirmLabel="Delete rate"
              onConfirm={() =>
                action.run(
                  async () => (await remove({ variables: { taxRateId: rate.id } })).data?.deleteTaxRate,
                  () => {
                    void refetch();
                    return `Deleted the rate ${label}.`;
                  },
                )
              }
            >
              Delete
            </ConfirmButton>
          </Group>
        );
      },
    }),
  ];
  return (
    <section aria-labelledby="tax-rates-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} id="tax-rates-title" size="h3">
          Tax classes and rates
        </Title>
        <TaxRateDialog onDone={() => void refetch()} />
      </Group>
      <UserErrorsAlert errors={action.errors} />
      {uncovered.length > 0 && (
        <UserErrorsAlert
          errors={uncovered.map(
            (c) => `${c.productCount} product(s) carry tax class ${c.code}, which has no rate: add one.`,
          )}
        />
      )}
      <DataTable
        caption="Tax rates by class and place"
        data={rows}
        columns={columns}
        getRowId={(r) => r.id}
      />
    </section>
  );
}

const RATE_FIELDS = ['taxClass', 'name', 'countryCode', 'region', 'ratePercent'] as const;

/** Adds a rate (a new class code creates the class) or changes one. */
function TaxRateDialog({ rate, onDone }: { rate?: RateRow; onDone: () => void }) {
  const [save] = useMutation(SaveTaxRateDocument);
  return (
    <MutationFormModal
      button={
        rate
          ? {
              label: 'Edit',
              size: 'xs',
              variant: 'subtle',
              'aria-label': `Edit rate ${rate.taxClass} ${placeOf(rate)}`,
            }
          : { label: 'Add rate' }
      }
      title={rate ? `Edit rate ${rate.taxClass} ${placeOf(rate)}` : 'Add a tax rate'}
      submitLabel="Save rate"
      fields={RATE_FIELDS}
      initialValues={() => ({
        taxClass: rate?.taxClass ?? '',
        name: rate?.name ?? '',
        countryCode: rate?.countryCode ?? '',
        region: rate?.region ?? '',
        ratePercent: rate?.ratePercent ?? '',
      })}
      validate={(v) => ({
        taxClass: v.taxClass.trim() ? null : 'Which tax class? (e.g. STANDARD)',
        name: v.name.trim() ? null : 'Name the rate (e.g. California sales tax).',
        ratePercent: v.ratePercent.trim() ? null : 'The rate in percent, e.g. 7.25.',
      })}
      mutate={async (v) => {
        const input = {
          taxRateId: rate?.id,
          taxClass: v.taxClass.trim(),
          name: v.name.trim(),
          countryCode: v.countryCode.trim() || null,
          region: v.region.trim() || null,
          ratePercent: v.ratePercent.trim(),
        };
        return (await save({ variables: { input } })).data?.saveTaxRate;
      }}
      onSuccess={(payload) => {
        onDone();
        const saved = payload.taxRate;
        return saved ? `Saved ${saved.taxClass} at ${placeOf(saved)}: ${saved.ratePercent} %.` : 'Saved.';
      }}
    >
      {(form) => (
        <>
          <TextInput
            label="Tax class"
            description="A code such as STANDARD or FOOD; a new code creates the class."
            data-autofocus
            {...form.field('taxClass')}
          />
          <TextInput label="Name" {...form.field('name')} />
          <TextInput
            label="Country"
            description="Two letters (US, DE); empty for everywhere."
            maxLength={2}
            {...form.field('countryCode')}
          />
          <TextInput
            label="Region"
            description="As addresses spell it (CA, TX); empty for the whole country."
            {...form.field('region')}
          />
          <TextInput label="Rate (%)" inputMode="decimal" {...form.field('ratePercent')} />
        </>
      )}
    </MutationFormModal>
  );
}

/** A customer's exemption: find the company, then its certificate, validity and scan. */
function TaxExemptions() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [companyId, setCompanyId] = useState<string | null>(null);
  const companies = useQuery(TaxExemptionCompaniesDocument, {
    variables: { search: debounced || undefined },
  });
  const found = companies.data?.companies.edges.map((e) => e.node) ?? [];
  const [selected, setSelected] = useState<(typeof found)[number] | null>(null);
  const company = found.find((c) => c.id === companyId) ?? selected;
  return (
    <section aria-labelledby="exemptions-title">
      <Title order={2} id="exemptions-title" size="h3" mb="sm">
        Customer tax exemptions
      </Title>
      <Stack gap="md" maw={640}>
        <Select
          label="Customer"
          placeholder="Search companies"
          searchable
          data={[...new Map([...(selected ? [selected] : []), ...found].map((c) => [c.id, c])).values()].map(
            (c) => ({ value: c.id, label: c.name }),
          )}
          value={companyId}
          searchValue={search}
          onSearchChange={setSearch}
          onChange={(id) => {
            setCompanyId(id);
            setSelected(found.find((c) => c.id === id) ?? null);
          }}
          filter={({ options }) => options}
          nothingFoundMessage={companies.loading ? 'Searching…' : 'No companies found'}
          rightSection={companies.loading ? <Loader size="xs" aria-label="Searching" /> : undefined}
        />
        {company && <ExemptionCard key={company.id} company={company} onSaved={setSelected} />}
      </Stack>
    </section>
  );
}

type ExemptionCompany = TaxExemption_CompanyFragment;

function ExemptionCard({
  company,
  onSaved,
}: {
  company: ExemptionCompany;
  onSaved: (company: ExemptionCompany) => void;
}) {
  const exemption = company.taxExemption;
  const [certificate, setCertificate] = useState(exemption?.certificateNumber ?? '');
  const [validFrom, setValidFrom] = useState(exemption?.validFrom ?? '');
  const [validUntil, setValidUntil] = useState(exemption?.validUntil ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [setExemption] = useMutation(SetCompanyTaxExemptionDocument);
  const action = useMutationAction(setErrors);

  async function save(clear: boolean) {
    setSaving(true);
    try {
      let documentId = clear ? null : (exemption?.document?.id ?? null);
      if (!clear && file) {
        const uploaded = await uploadCompanyDocument(file, {
          companyId: company.id,
          kind: 'TAX_EXEMPTION_CERTIFICATE',
          title: `Tax exemption certificate ${certificate.trim()}`.trim(),
        });
        if ('error' in uploaded) {
          setErrors([uploaded.error]);
          return;
        }
        documentId = uploaded.id;
      }
      await action.run(
        async () =>
          (
            await setExemption({
              variables: {
                input: {
                  companyId: company.id,
                  certificateNumber: clear ? null : certificate.trim() || null,
                  validFrom: clear ? null : validFrom || null,
                  validUntil: clear ? null : validUntil || null,
                  documentId,
                },
              },
            })
          ).data?.setCompanyTaxExemption,
        (payload) => {
          if (payload.company) onSaved(payload.company);
          setFile(null);
          return clear ? `${company.name} is taxed again.` : `Saved the tax exemption of ${company.name}.`;
        },
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card withBorder aria-label={`Tax exemption of ${company.name}`} component="section">
      <Stack gap="sm">
        <Group gap="xs">
          <Text fw={600}>{company.name}</Text>
          <Badge
            variant="light"
            color={exemption ? (exemption.activeToday ? 'green' : 'orange') : 'gray'}
            styles={{ label: { color: 'var(--mantine-color-gray-9)' } }}
          >
            {exemption ? (exemption.activeToday ? 'Exempt' : 'Certificate not valid today: taxed') : 'Taxed'}
          </Badge>
        </Group>
        {exemption?.validUntil && (
          <Text size="sm">
            Valid {exemption.validFrom ? `from ${formatDate(exemption.validFrom)} ` : ''}until{' '}
            {formatDate(exemption.validUntil)}.
          </Text>
        )}
        {exemption?.document && (
          <DocumentLink documentId={exemption.document.id}>{exemption.document.title}</DocumentLink>
        )}
        <UserErrorsAlert errors={errors} />
        <TextInput
          label="Certificate number"
          description="Printed on the customer's orders and invoices while valid."
          value={certificate}
          onChange={(e) => setCertificate(e.currentTarget.value)}
        />
        <Group grow>
          <TextInput
            label="Valid from"
            description="The first day it exempts."
            type="date"
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
          />
          <TextInput
            label="Valid until"
            description="After this day the customer is taxed."
            type="date"
            value={validUntil}
            onChange={(e) => setValidUntil(e.currentTarget.value)}
          />
        </Group>
        <FileInput
          label="Certificate (PDF, PNG or JPEG)"
          placeholder="Choose a file"
          accept="application/pdf,image/png,image/jpeg"
          value={file}
          onChange={setFile}
          clearable
        />
        <Group>
          <ConfirmButton onConfirm={() => save(false)} disabled={saving} pendingLabel="Saving…">
            Save exemption
          </ConfirmButton>
          {exemption && (
            <ConfirmButton
              variant="subtle"
              color="red"
              confirmTitle={`Remove the exemption of ${company.name}?`}
              confirmMessage="Their next orders are taxed."
              confirmLabel="Remove exemption"
              onConfirm={() => save(true)}
            >
              Remove exemption
            </ConfirmButton>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
