/**
 * Plain, already-decided data that the notice and minutes renderers print. Services build these
 * from the database; the renderers do no look-ups, no date arithmetic beyond formatting, and no
 * I/O other than reading fonts. Dates are 'YYYY-MM-DD', times 'HH:MM' (Europe/Stockholm).
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string

/** A clock time, 'HH:MM'. */
export type ClockTime = string

/** Running text: paragraphs, and bullet lists where the source has them. */
export type TextBlock = string | { readonly list: readonly string[] }

/** The body that issues the document, as printed at the top of every page. */
export interface Issuer {
  /** 'Kalix kommun' */
  readonly municipality: string
  /** 'Kommunstyrelsen', 'Kommunstyrelsens arbetsutskott' */
  readonly committee: string
  /** Genitive form when it is not `committee` + 's' ('Kommunstyrelsens'). */
  readonly committeeGenitive?: string
}

// ---------------------------------------------------------------------------------------------
// Notice (kallelse)

/** One communication (meddelande) presented to the committee for information. */
export interface CommunicationView {
  readonly date: IsoDate
  /** The document's description, as registered. */
  readonly document: string
  readonly sender: string
}

/** One row of the report of delegated decisions (redovisning av delegationsbeslut). */
export interface DelegatedDecisionView {
  /** The decision date; or `period` for a summary row ("För perioden …"). */
  readonly date?: IsoDate
  readonly period?: { readonly from: IsoDate; readonly to: IsoDate }
  readonly caseNumber?: string
  /** Role and name, 'Ekonomichef Jeanette Larsson'. */
  readonly decisionMaker: string
  readonly action: string
  /** The delegation point's number, '10.1'. */
  readonly point?: string
  /** The delegation point's text, 'Upphandling och undertecknande av …'. */
  readonly pointText?: string
}

/** A subcommittee's proposal carried into the parent's agenda ('§ 97 … föreslår …'). */
export interface PreparedProposalView {
  /** 'Kommunstyrelsens arbets- och personalutskott' */
  readonly body: string
  readonly sectionNumber: number
  readonly meetingDate?: IsoDate
  readonly proposal: readonly TextBlock[]
}

/** One numbered item of the notice's agenda. */
export interface NoticeItemView {
  readonly number: number
  readonly title: string
  readonly caseNumber?: string
  /** Who presents the item, when the agenda says so. */
  readonly presenter?: string
  /** The documents behind the item (beslutsunderlag), by title. */
  readonly documents?: readonly string[]
  readonly proposedDecision?: readonly TextBlock[]
  readonly preparedBy?: PreparedProposalView
  readonly communications?: readonly CommunicationView[]
  readonly delegatedDecisions?: readonly DelegatedDecisionView[]
}

/** The notice of a meeting: header, agenda, the chair's signature and the item documents. */
export interface NoticeView extends Issuer {
  readonly meetingDate: IsoDate
  readonly startTime: ClockTime
  readonly place: string
  readonly secretary?: string
  /** Defaults to 'Kallelse för ledamöterna och för kännedom till ersättarna'. */
  readonly audience?: string
  readonly items: readonly NoticeItemView[]
  readonly chair: { readonly name: string; readonly title?: string }
  /** The day the notice was issued, printed beside the signature. */
  readonly issuedOn?: IsoDate
  /** A supplementary notice (tilläggskallelse): only the items added after the notice. */
  readonly supplementary?: boolean
}

// ---------------------------------------------------------------------------------------------
// Minutes (protokoll)

/** A seat role as printed after the name ('ordförande', 'tjänstgörande ersättare för …'). */
export type AttendeeRole = 'chair' | 'viceChair' | 'member' | 'servingSubstitute' | 'substitute'

/** A member or substitute in the attendance block. */
export interface AttendeeView {
  readonly name: string
  /** Party abbreviation without brackets: 'S', 'M'. */
  readonly party?: string
  readonly role?: AttendeeRole
  /** For a serving substitute: the member replaced. */
  readonly servingFor?: string
  /** Partial attendance, '§§ 27–30' or 'från § 31'. */
  readonly note?: string
}

/** Someone present who does not decide: staff, presenters. */
export interface OtherPresentView {
  readonly name: string
  readonly title?: string
  readonly note?: string
}

/** A motion (yrkande) made at the meeting, in the order the chair put them. */
export interface MotionView {
  readonly by: string
  readonly text: string
}

/** One member's ballot in an open, named vote. */
export interface BallotView {
  readonly name: string
  readonly vote: 'yes' | 'no' | 'abstain'
}

/** An open vote (votering): what ja and nej meant, each ballot, and the result. */
export interface VoteView {
  /** 'Ja-röst för ordförandens förslag, nej-röst för Johan Perssons (S) yrkande.' */
  readonly question: string
  readonly ballots: readonly BallotView[]
  /** 'Med 4 ja-röster mot 3 nej-röster beslutar …' */
  readonly result: string
  /** Set when the chair's casting vote decided a tie (utslagsröst). */
  readonly castingVote?: string
}

/** A dissent (reservation) against the decision. */
export interface DissentView {
  readonly by: readonly string[]
  /** Written grounds, when handed in before attestation. */
  readonly grounds?: readonly TextBlock[]
}

/** A minutes note (protokollsanteckning). */
export interface MinutesNoteView {
  readonly by: string
  readonly text: readonly TextBlock[]
}

/** A member who left the item because of a conflict of interest (jäv). */
export interface RecusalView {
  readonly name: string
  /** The substitute who served instead, if any. */
  readonly replacedBy?: string
}

/** One § of the minutes. */
export interface MinutesSectionView {
  readonly number: number
  readonly title: string
  readonly caseNumber?: string
  readonly recusals?: readonly RecusalView[]
  /** Handlingar: the documents the item rests on. */
  readonly documents?: readonly TextBlock[]
  /** Bakgrund */
  readonly background?: readonly TextBlock[]
  /** Överläggning */
  readonly deliberation?: readonly TextBlock[]
  readonly motions?: readonly MotionView[]
  /** Propositionsordning: how the chair put the motions to decision. */
  readonly propositionOrder?: readonly TextBlock[]
  readonly votes?: readonly VoteView[]
  /** 'Arbetsutskottet föreslår att kommunfullmäktige beslutar:' */
  readonly decisionIntro?: string
  readonly decision: readonly TextBlock[]
  readonly dissents?: readonly DissentView[]
  readonly notes?: readonly MinutesNoteView[]
  /** KL 5 kap. 70 §: the § was attested at the meeting. */
  readonly immediatelyAttested?: boolean
  /** Beslutet skickas till (expediering). */
  readonly recipients?: readonly string[]
}

/** The posting certificate (anslagsbevis) printed on the minutes. Blank fields print as lines. */
export interface PostingView {
  readonly postedOn?: IsoDate
  /** Datum för anslags nedtagande: as `appealPeriod()` in domain/appeal.ts computes it. */
  readonly takeDownOn?: IsoDate
  readonly lastAppealDay?: IsoDate
  /** Förvaringsplats för protokollet. */
  readonly storedAt?: string
  readonly signedBy?: string
  /**
   * The minutes are signed electronically before the posting exists, so the signed file cannot
   * carry the certificate: it says where it is instead (the notice board, the anslagsbevis).
   */
  readonly issuedSeparately?: boolean
}

/** An unnumbered item before the first § ('Fastställande av dagordning'). */
export interface PreliminaryView {
  readonly title: string
  readonly decision: readonly TextBlock[]
}

/** The minutes of one meeting. */
export interface MinutesView extends Issuer {
  readonly meetingDate: IsoDate
  readonly startTime: ClockTime
  readonly endTime?: ClockTime
  /** Adjournments or other remarks on the time, 'ajournering 09:15–09:25'. */
  readonly timeNote?: string
  readonly place: string
  readonly deciding: readonly AttendeeView[]
  /** Ej tjänstgörande ersättare */
  readonly nonServingSubstitutes?: readonly AttendeeView[]
  readonly othersPresent?: readonly OtherPresentView[]
  readonly secretary: string
  /** The chair first, then the elected attesters. */
  readonly attesters: readonly AttendeeView[]
  /** Justeringens plats och tid, 'Stadshuset 2024-03-28'. */
  readonly attestationPlaceAndTime?: string
  readonly preliminaries?: readonly PreliminaryView[]
  readonly sections: readonly MinutesSectionView[]
  readonly posting: PostingView
  /** Printed on the signature page when the minutes are attested with PAdES signatures. */
  readonly electronicAttestation?: boolean
  /** Not yet sent for attestation: printed as "Utkast till protokoll". */
  readonly draft?: boolean
}

/** The certification of an extract (utdragsbestyrkande, LEGAL-RULES rule 32). */
export interface ExtractCertificationView {
  readonly certifiedBy?: string
  readonly title?: string
  readonly date?: IsoDate
}

/** An extract (protokollsutdrag) of one or more §§ of attested minutes. */
export interface ExtractView {
  readonly minutes: MinutesView
  readonly sectionNumbers: readonly number[]
  readonly certification: ExtractCertificationView
  /** Whether the minutes were attested (an extract is only sent after justering). */
  readonly attestedOn?: IsoDate
}
