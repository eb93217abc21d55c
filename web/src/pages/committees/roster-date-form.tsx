import { useState, type FormEvent } from 'react'
import { useSearchParams } from 'react-router'
import { isDate } from '../../board-labels'
import { TextField } from '../../components/form'
import { normalizeDate } from '../../labels'

/** "Visa sammansättningen den …": the roster on another day (?datum=), e.g. a past meeting's. */
export function RosterDateForm({ onDate }: { onDate: string }) {
  const [params, setParams] = useSearchParams()
  const [value, setValue] = useState(onDate)
  const [error, setError] = useState<string | undefined>()
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const day = normalizeDate(value)
    if (!isDate(day)) return setError('Ange ett datum (ÅÅÅÅ-MM-DD).')
    setError(undefined)
    const next = new URLSearchParams(params)
    next.set('datum', day)
    setParams(next)
  }
  return (
    <form className="search-row search-row--main section" onSubmit={onSubmit} noValidate>
      <TextField
        id="sammansattning-datum"
        label="Visa sammansättningen den"
        hint="ÅÅÅÅ-MM-DD"
        className="input--short"
        inputMode="numeric"
        value={value}
        error={error}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button button--secondary">
        Visa
      </button>
    </form>
  )
}
