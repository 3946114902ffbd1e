/** Staff input of a tax rate: a class's rate at a place (empty country: everywhere; empty region: the whole country). */
export interface SaveTaxRateInput {
  taxRateId?: string | null;
  taxClass: string;
  name: string;
  countryCode?: string | null;
  region?: string | null;
  ratePercent: string;
}

/** A company's tax exemption: a certificate (null: the company is taxed), its validity and its scan. */
export interface SetCompanyTaxExemptionInput {
  companyId: string;
  certificateNumber?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  /** A TAX_EXEMPTION_CERTIFICATE uploaded to the company (POST /documents?companyId=…). */
  documentId?: string | null;
}
