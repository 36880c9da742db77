import type { Extraction } from '../types.js';
import { findVerificationCodes, findReferences } from './find-codes.js';
import { findDataPoints } from './find-data-points.js';
import { findDeclarationSignature } from './find-declaration-signature.js';
import { findSensitiveIdentifiers } from './find-sensitive-identifiers.js';

/**
 * Identity data points, our request references, verification codes and a typed declaration
 * signature found in the text of one message (pure). SSNs, driver's licence numbers and
 * financial account numbers are masked first so they can never become data points
 * (§7060(c)(2)); their kinds are reported in `sensitiveIdentifiers`.
 */
export function extractData(text: string): Extraction {
  const { kinds, masked } = findSensitiveIdentifiers(text);
  return {
    dataPoints: findDataPoints(masked),
    references: findReferences(masked),
    verificationCodes: findVerificationCodes(masked),
    declarationSignature: findDeclarationSignature(masked),
    sensitiveIdentifiers: kinds,
  };
}
