import type { Category, ScreenVerdict } from '../types.js';

/**
 * The category of screened mail, from the screening verdict (email-rules §1). Feedback reports
 * and loops have no category of their own: both are machine mail that is never answered, so they
 * map to `bulk`, and the reason keeps the original verdict. Spam a filter marked is `other` (issue
 * 16: no privacy matter at all, like the junk the classifier recognises by its text): never
 * answered either, and listed for staff in the digest.
 */
export function mapScreenVerdict(screen: ScreenVerdict): Category | null {
  switch (screen.kind) {
    case 'human':
      return null;
    case 'bounce':
      return 'bounce';
    case 'auto_reply':
      return 'auto_reply';
    case 'bulk':
    case 'feedback_report':
    case 'loop':
      return 'bulk';
    case 'spam':
      return 'other';
  }
}
