/** The public notice board (server/src/http/presenters/notice-board.presenter.ts). */
export interface PublicPosting {
  id: string
  /** 'current' while the appeal period runs; 'archived' once the posting has come down. */
  state: 'current' | 'archived'
  /** The whole minutes, or one § attested at the meeting (omedelbar justering). */
  kind: 'minutes' | 'section'
  title: string
  committee: string
  meetingDate: string
  sections: string
  attestedOn: string
  postedOn: string
  lastAppealDay: string
  takeDownOn: string
  storedAt: string | null
  signedBy: string[] | null
  maskedSections: number[]
  links: { self: string; minutesPdf: string; minutesHtml: string; certificatePdf: string }
}

export interface NoticeBoard {
  municipality: string
  today: string
  postings: PublicPosting[]
}

export interface NoticeBoardArchive {
  today: string
  page: number
  hasMore: boolean
  postings: PublicPosting[]
}

/** A fullmäktige meeting announced on the board (KL 5 kap. 11 §: time, place, matters). */
export interface Announcement {
  id: string
  title: string
  committee: string
  meetingDate: string
  /** "måndagen den 15 december 2025" */
  meetingDay: string
  startsAt: string
  place: string
  items: { number: number; title: string; caseNumber: string | null }[]
  supplementary: boolean
  postedOn: string
  takeDownOn: string
}
