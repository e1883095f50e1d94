/**
 * Chat ratings: a 1-5 scale, shown to customers as emoticons.
 */

/** A rating score: 1 (worst) to 5 (best). */
export type RatingScore = 1 | 2 | 3 | 4 | 5;

/** The emoticon shown for each score, with a label for screen readers. */
export const RATING_EMOTICONS: Readonly<Record<RatingScore, { readonly emoji: string; readonly label: string }>> = Object.freeze({
  1: { emoji: '😠', label: 'very unhappy' },
  2: { emoji: '🙁', label: 'unhappy' },
  3: { emoji: '😐', label: 'neutral' },
  4: { emoji: '🙂', label: 'happy' },
  5: { emoji: '😀', label: 'very happy' },
});

/** Whether a value is a valid score. */
export function isRatingScore(value: unknown): value is RatingScore {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}
