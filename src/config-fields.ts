import { z } from 'zod';
import cron from 'node-cron';

/** Field types shared by the configuration schema's sections: each message says how to fix the value. */

export const mailUrl = (schemes: string[], example: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        const url = new URL(value);
        return schemes.includes(url.protocol.replace(/:$/, '')) && url.hostname !== '';
      } catch {
        return false;
      }
    }, `must be a URL with scheme ${schemes.map((s) => `${s}://`).join(' or ')}, e.g. ${example}`);

export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  // A domain of letters, digits, dashes and dots: `staff@example.com;officer` (a `;` list) is refused, not mailed to.
  .regex(/^[^\s@<>,;]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/, 'must be a plain address such as compliance@example.com');

export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const cronExpression = z
  .string()
  .trim()
  .refine((value) => cron.validate(value), 'must be a cron expression such as "*/1 * * * *"');

export const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** `true`/`false` (also yes/no, 1/0), so a declaration reads as written in .env. */
export const yesNo = (fallback: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['true', 'false', 'yes', 'no', '1', '0'].includes(v), 'must be true or false')
    .transform((v) => v === 'true' || v === 'yes' || v === '1')
    .default(fallback);

export const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an http:// or https:// address, e.g. https://www.example.com/privacy');
