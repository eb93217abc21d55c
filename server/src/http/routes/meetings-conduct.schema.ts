import { Type } from 'typebox'
import { Id } from '../schemas.js'

/** Input schemas of what happens at the meeting: motions, votes, dissents, notes, attesters. */
const Text = (maxLength: number) => Type.String({ maxLength })
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) =>
  Type.Optional(Type.Union([t, Type.Null()]))

export const MotionBody = Type.Object(
  {
    source: Type.Union([Type.Literal('papers'), Type.Literal('member')]),
    membershipId: Nullable(Id),
    label: Nullable(Text(200)),
    text: Text(10_000),
    supportedBy: Type.Optional(Type.Array(Id, { maxItems: 50 })),
  },
  { additionalProperties: false },
)

export const VoteBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('decision'), Type.Literal('election')]),
    jaMotionId: Nullable(Id),
    nejMotionId: Nullable(Id),
    jaLabel: Nullable(Text(300)),
    nejLabel: Nullable(Text(300)),
    ballots: Type.Array(
      Type.Object(
        {
          membershipId: Id,
          choice: Type.Union([Type.Literal('ja'), Type.Literal('nej'), Type.Literal('avstår')]),
        },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
    chairMembershipId: Nullable(Id),
  },
  { additionalProperties: false },
)

export const DissentBody = Type.Object(
  { membershipIds: Type.Array(Id, { maxItems: 50 }), grounds: Nullable(Text(20_000)) },
  { additionalProperties: false },
)

export const GroundsBody = Type.Object(
  { grounds: Type.Union([Text(20_000), Type.Null()]) },
  { additionalProperties: false },
)

export const NoteBody = Type.Object(
  { membershipId: Id, text: Text(20_000) },
  { additionalProperties: false },
)

export const NoteTextBody = Type.Object({ text: Text(20_000) }, { additionalProperties: false })

export const AttestersBody = Type.Object(
  {
    attesterIds: Type.Array(Id, { maxItems: 10 }),
    place: Nullable(Text(200)),
    dueAt: Nullable(Type.String({ format: 'date-time', maxLength: 40 })),
    chairMembershipId: Nullable(Id),
  },
  { additionalProperties: false },
)

export const AgendaApprovalBody = Type.Object(
  { text: Nullable(Text(20_000)) },
  { additionalProperties: false },
)

export const OthersPresentBody = Type.Object(
  {
    people: Type.Array(
      Type.Object(
        { name: Text(200), title: Nullable(Text(200)), note: Nullable(Text(200)) },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  },
  { additionalProperties: false },
)

export const FlagBody = Type.Object({ value: Type.Boolean() }, { additionalProperties: false })

export const MotionParams = Type.Object({ id: Id, itemId: Id, motionId: Id })
export const VoteParams = Type.Object({ id: Id, itemId: Id, voteId: Id })
export const DissentParams = Type.Object({ id: Id, itemId: Id, dissentId: Id })
export const NoteParams = Type.Object({ id: Id, itemId: Id, noteId: Id })
