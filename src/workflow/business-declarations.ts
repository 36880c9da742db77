/**
 * What the business declares in its privacy notice, which the consumer mail must not contradict
 * (§1798.100(a), §7011): whether it sells or shares personal information, whether service providers
 * or contractors hold it, and where the notice can be read. Configuration; the defaults are what
 * the seed privacy notice the project was built against (MTBC's) says.
 */
export interface BusinessDeclarations {
  /** "Your data will not be sold to ... any third parties": false by default. */
  sellsPersonalInformation: boolean;
  /** "... shared with, or otherwise made available to any third parties": false by default. */
  sharesPersonalInformation: boolean;
  /** Service providers or contractors hold personal information for us (told of deletions, §1798.105(c)). */
  usesServiceProviders: boolean;
  /** Where the privacy notice is published; the seed notice names no address, so none by default. */
  noticeUrl: string | null;
  /** The telephone number the notice gives for privacy concerns. */
  noticePhone: string | null;
}

export const DEFAULT_BUSINESS_DECLARATIONS: Readonly<BusinessDeclarations> = Object.freeze({
  sellsPersonalInformation: false,
  sharesPersonalInformation: false,
  // The notice is silent on service providers (who are not "third parties", §1798.140(ag)); a
  // business without any says so with BUSINESS_USES_SERVICE_PROVIDERS=false.
  usesServiceProviders: true,
  noticeUrl: null,
  noticePhone: '1-866-266-6822',
});

/** The template fields the declarations give every consumer mail. */
export function declarationFields(d: BusinessDeclarations): Record<string, unknown> {
  return {
    sellsOrShares: d.sellsPersonalInformation || d.sharesPersonalInformation,
    usesServiceProviders: d.usesServiceProviders,
    noticeUrl: d.noticeUrl ?? '',
    noticePhone: d.noticePhone ?? '',
  };
}
