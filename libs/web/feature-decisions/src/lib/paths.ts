/** Paths of the management group meetings (ledningsgruppsmöten) and their downloads. */
export const DECISIONS_PATHS = {
  /** the meetings of a round (the default round, or `?round=<id>`) */
  meetings: '/meetings',
  meetingsOfRound: (roundId: string) => `/meetings?round=${encodeURIComponent(roundId)}`,
  meeting: (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}`,
  /** presentation mode, at the agenda's first item or at a 1-based position */
  present: (meetingId: string, position?: number) =>
    position === undefined ? `/meetings/${encodeURIComponent(meetingId)}/present` : `/meetings/${encodeURIComponent(meetingId)}/present/${position}`,
} as const;

/** The files the API makes (cookie session, plain links). */
export const DECISIONS_DOWNLOADS = {
  decisionBasis: (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/beslutsunderlag.pdf`,
  minutesExtract: (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/protokollsutdrag.pdf`,
  portfolioXlsx: (roundId: string) => `/api/fund-rounds/${encodeURIComponent(roundId)}/portfolio.xlsx`,
  portfolioCsv: (roundId: string) => `/api/fund-rounds/${encodeURIComponent(roundId)}/portfolio.csv`,
} as const;
