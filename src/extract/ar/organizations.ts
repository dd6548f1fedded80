import type { CountryFact, ExtractContext, OrganizationFact } from "../facts.js";
// STUB: replaced by the organizations work.
export function extractOrganizations(_ctx: ExtractContext, _countries: CountryFact[]): OrganizationFact[] {
  return [];
}
