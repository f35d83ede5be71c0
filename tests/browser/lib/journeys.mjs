// The answers of each journey, in the order the questions come, and for
// every question the answers that put it on the path. Dates are counted
// from the fixed today of the test server (HUELLA_TODAY = 2026-11-22).
export const JOURNEYS = [
  {
    id: 'upcoming-attend',
    title: 'upcoming appointment, can attend',
    answers: [
      ['case-type', 'asylum-uscis'], ['notice', 'yes'], ['appointment-date', '2026-12-10'],
      ['appointment-time', '09:30'], ['can-attend', 'yes'], ['photo-id', 'yes'], ['moved', 'no'],
    ],
  },
  {
    id: 'upcoming-attend-no-photo-id',
    title: 'upcoming appointment, can attend, no photo ID, moved',
    answers: [
      ['case-type', 'asylum-uscis'], ['notice', 'yes'], ['appointment-date', '2026-12-10'],
      ['appointment-time', '09:30'], ['can-attend', 'yes'], ['photo-id', 'no'], ['moved', 'yes'],
    ],
  },
  {
    id: 'reschedule',
    title: 'cannot attend, reschedules',
    answers: [
      ['case-type', 'other-uscis'], ['notice', 'yes'], ['appointment-date', '2026-12-03'],
      ['appointment-time', 'not-sure'], ['can-attend', 'no'], ['reschedules', '0'], ['online-account', 'yes'], ['moved', 'no'],
    ],
  },
  {
    id: 'missed',
    title: 'missed the appointment',
    answers: [
      ['case-type', 'asylum-uscis'], ['notice', 'yes'], ['appointment-date', '2026-11-12'],
      ['attended', 'no'], ['letter', 'none'], ['moved', 'no'],
    ],
  },
  {
    id: 'court-hearing-soon',
    title: 'court case, hearing soon',
    answers: [
      ['case-type', 'asylum-court'], ['hearing', 'within-60-days'], ['notice', 'yes'],
      ['appointment-date', '2026-12-08'], ['appointment-time', 'not-sure'], ['can-attend', 'no'],
      ['reschedules', '2-or-more'],
      ['moved', 'yes'],
    ],
  },
];

const uscis = [['case-type', 'asylum-uscis'], ['notice', 'yes']];
const upcoming = [...uscis, ['appointment-date', '2026-12-10'], ['appointment-time', 'not-sure']];

/** Every question of the contract, with the answers that lead to it. */
export const QUESTION_PREFIXES = [
  ['case-type', []],
  ['hearing', [['case-type', 'asylum-court']]],
  ['notice', [['case-type', 'asylum-uscis']]],
  ['receipt', [['case-type', 'asylum-uscis'], ['notice', 'no']]],
  ['waited', [['case-type', 'asylum-uscis'], ['notice', 'no'], ['receipt', 'yes']]],
  ['appointment-date', uscis],
  ['appointment-passed', [...uscis, ['appointment-date', '2026-11-22']]],
  ['attended', [...uscis, ['appointment-date', '2026-11-10']]],
  ['missed-recently', [...uscis, ['appointment-date', 'not-sure'], ['appointment-passed', 'yes'], ['attended', 'no']]],
  ['letter', [...uscis, ['appointment-date', '2026-11-10'], ['attended', 'no']]],
  ['can-attend', upcoming],
  ['within-12-hours', [...uscis, ['appointment-date', '2026-11-23'], ['can-attend', 'no']]],
  ['reschedules', [...upcoming, ['can-attend', 'no']]],
  ['online-account', [...upcoming, ['can-attend', 'no'], ['reschedules', '0']]],
  ['photo-id', [...upcoming, ['can-attend', 'yes']]],
  ['moved', [...upcoming, ['can-attend', 'yes'], ['photo-id', 'yes']]],
];

/** The optional questions (the form asks them; the plan API never waits for
 * them), with the answers that lead to each. */
const missedOther = [
  ['case-type', 'other-uscis'], ['notice', 'yes'], ['appointment-date', '2026-11-10'], ['attended', 'no'],
];
export const OPTIONAL_PREFIXES = [
  ['appointment-time', [...uscis, ['appointment-date', '2026-12-10']]],
  ['letter-deadline', [...missedOther, ['letter', 'rfe']]],
  ['decision-date', [...missedOther, ['letter', 'denied']]],
  ['decision-mailed', [...missedOther, ['letter', 'denied'], ['decision-date', '2026-11-15']]],
];
