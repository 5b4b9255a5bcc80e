/** A length of time as a person says it: a whole number of one unit ("2 anni", "6 mesi"). */
export interface Period {
  unit: 'year' | 'month' | 'week' | 'day'
  count: number
}

const DAYS_PER_YEAR = 365.25
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12

/**
 * `days` in the largest unit that says it truthfully: 730 → 2 years, 366 → 1 year, 180 → 6 months,
 * 14 → 2 weeks, 45 → 45 days. A whole number of years or months is said only for the days such a
 * span can have on the calendar (N years: N × 365 up to a leap day or so more; N months: N × 30 up to
 * the longest N months): 190 days stay "190 days", never "about 6 months", since the notice
 * promises when an enquiry is deleted.
 */
export function retentionPeriod(days: number): Period {
  const spans = (count: number, shortest: number, average: number) =>
    count >= 1 && days >= count * shortest && days <= Math.round(count * average) + 1
  const years = Math.round(days / DAYS_PER_YEAR)
  if (spans(years, 365, DAYS_PER_YEAR)) return { unit: 'year', count: years }
  if (days % 7 === 0 && days < 8 * 7) return { unit: 'week', count: days / 7 }
  const months = Math.round(days / DAYS_PER_MONTH)
  if (months < 12 && spans(months, 30, DAYS_PER_MONTH)) return { unit: 'month', count: months }
  return { unit: 'day', count: days }
}
