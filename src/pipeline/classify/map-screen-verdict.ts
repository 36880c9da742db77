import type { Category, ScreenVerdict } from '../types.js';

/**
 * The category of machine mail, from the screening verdict (email-rules §1). Feedback reports,
 * loops and spam have no category of their own: all three are machine or unwanted mail that is
 * never answered, so they map to `bulk`, and the reason keeps the original verdict.
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
    case 'spam':
      return 'bulk';
  }
}
