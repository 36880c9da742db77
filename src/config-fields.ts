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
