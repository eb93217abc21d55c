import { Link } from 'react-router'
import type { Assessment } from '../../api/ai-types'
import { classesText } from './ai-labels'

/** The case of a registration number ("KS-2025-00494-3" is document 3 of KS-2025-00494). */
export function caseNumberOf(registrationNumber: string): string | null {
  return /^(.+)-\d+$/.exec(registrationNumber)?.[1] ?? null
}

/** A service's assessments, newest first, each with its panel, outcome and document. */
export function AssessmentList({
  assessments,
  classLabels,
}: {
  assessments: Assessment[]
  classLabels: Record<string, string>
}) {
  if (assessments.length === 0)
    return <p className="muted">Ingen risk- och konsekvensanalys är registrerad.</p>
  return (
    <ol className="plain-list assessment-list">
      {assessments.map((a) => {
        const caseNumber = a.document?.registrationNumber
          ? caseNumberOf(a.document.registrationNumber)
          : null
        return (
          <li key={a.id} className="card">
            <h3>
              Analys {a.assessedOn}:{' '}
              {a.outcome === 'approved' ? 'tjänsten godkänns' : 'tjänsten godkänns inte'}
            </h3>
            <dl className="facts">
              <div>
                <dt>Godkända dataklasser</dt>
                <dd>
                  {a.outcome === 'approved' ? classesText(a.approvedClasses, classLabels) : '–'}
                </dd>
              </div>
              <div>
                <dt>Handling</dt>
                <dd>
                  {a.document ? (
                    caseNumber ? (
                      <Link to={`/arenden/${encodeURIComponent(caseNumber)}`}>
                        {a.document.registrationNumber} {a.document.description}
                      </Link>
                    ) : (
                      a.document.description
                    )
                  ) : (
                    'Ingen registrerad handling'
                  )}
                </dd>
              </div>
            </dl>
            <h4>Deltagare</h4>
            <ul>
              {a.participants.map((p) => (
                <li key={`${p.role}-${p.name}`}>
                  {p.roleLabel}: {p.name}
                </li>
              ))}
            </ul>
            <h4>Slutsats</h4>
            <p className="pre-line">{a.conclusion}</p>
          </li>
        )
      })}
    </ol>
  )
}
