import type { AiDraftStatus } from '../../api/ai-types'

/**
 * The label every AI output carries (riktlinjerna punkt 3 och 6): "AI-utkast – ej granskat"
 * until a person approved it. Always as text; the colour only repeats it.
 */
export function AiDraftLabel({ status, label }: { status: AiDraftStatus; label: string }) {
  return <span className={`ai-label ai-label--${status}`}>{label}</span>
}
