import { describe, expect, it } from 'vitest'
import { minutesProblems, type MinutesFacts, type SectionFacts } from './minutes-content.js'

const section = (over: Partial<SectionFacts> = {}): SectionFacts => ({
  number: 29,
  hasDecision: true,
  standingMotions: [],
  propositionOrder: [],
  adoptedMotion: null,
  votes: [],
  immediateAttestationPending: false,
  ...over,
})
const minutes = (over: Partial<MinutesFacts> = {}): MinutesFacts => ({
  meetingClosed: true,
  rollCallTaken: true,
  attestersElected: true,
  hasSecretary: true,
  sections: [section()],
  ...over,
})
const fields = (f: MinutesFacts) => minutesProblems(f).map((p) => p.field)

// KL 5 kap. 66–67 §§ via 6 kap. 35 § (LEGAL-RULES rule 22): no minutes without each element.
describe('minutesProblems', () => {
  it('accepts complete minutes', () => {
    expect(minutesProblems(minutes())).toEqual([])
    expect(
      minutesProblems(
        minutes({
          sections: [
            section({
              standingMotions: ['a', 'b'],
              propositionOrder: ['b', 'a'],
              adoptedMotion: 'a',
              votes: [{ voters: ['x', 'y', 'z'], serving: ['z', 'y', 'x'] }],
            }),
          ],
        }),
      ),
    ).toEqual([])
  })

  it('names what the meeting lacks', () => {
    expect(
      fields(
        minutes({
          meetingClosed: false,
          rollCallTaken: false,
          attestersElected: false,
          hasSecretary: false,
          sections: [],
        }),
      ),
    ).toEqual(['meeting', 'attendance', 'attesters', 'secretary', 'sections'])
  })

  it('requires a decision, the proposition order, the adopted motion and every ballot per §', () => {
    const problems = minutesProblems(
      minutes({
        sections: [
          section({ number: 27, hasDecision: false }),
          section({
            number: 28,
            standingMotions: ['a', 'b'],
            propositionOrder: ['a'],
            adoptedMotion: 'c',
          }),
          section({ number: 29, votes: [{ voters: ['x', 'y'], serving: ['x', 'y', 'z'] }] }),
          section({ number: 30, immediateAttestationPending: true }),
        ],
      }),
    )
    expect(problems.map((p) => p.field)).toEqual([
      'sections.27.decision',
      'sections.28.propositionOrder',
      'sections.28.adoptedMotion',
      'sections.29.votes.1',
      'sections.30.immediateAttestation',
    ])
    expect(problems[0]!.message).toBe('§ 27: beslut saknas.')
  })
})
