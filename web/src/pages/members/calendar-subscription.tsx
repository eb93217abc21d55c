import { useState } from 'react'
import { api } from '../../api/client'
import type { CalendarStatus } from '../../api/member-types'
import { useApi } from '../../api/use-api'
import { ActionMessage, useAction } from '../../components/action-message'
import { formatDateTime } from '../../labels'

/**
 * Prenumerera i kalendern: a secret address of an iCalendar feed with the member's meetings.
 * The address is shown once, when it is made; making a new one stops the old.
 */
export function CalendarSubscription() {
  const status = useApi<CalendarStatus>('/api/me/calendar')
  const action = useAction()
  const [address, setAddress] = useState<string | null>(null)

  const create = async () => {
    const r = await action.run(
      () => api<{ path: string }>('/api/me/calendar', { method: 'POST' }),
      'Kalenderadressen är skapad. Kopiera den till din kalender; den visas bara nu.',
    )
    if (r) {
      setAddress(`${window.location.origin}${r.path}`)
      status.reload()
    }
  }
  const revoke = async () => {
    const r = await action.run(
      () => api<null>('/api/me/calendar', { method: 'DELETE' }).then(() => true),
      'Kalenderprenumerationen är avstängd. Den gamla adressen fungerar inte längre.',
    )
    if (r) {
      setAddress(null)
      status.reload()
    }
  }
  const copy = async () => {
    if (!address) return
    try {
      await navigator.clipboard.writeText(address)
      action.setResult({ kind: 'ok', text: 'Adressen är kopierad.' })
    } catch {
      action.setResult({ kind: 'error', text: 'Kopiera adressen från fältet i stället.' })
    }
  }

  return (
    <section className="section card" aria-labelledby="kalender">
      <h2 id="kalender">Sammanträdena i din kalender</h2>
      <p>
        Prenumerera på dina sammanträden i kalendern i telefonen eller datorn. Adressen är
        personlig: dela den inte.
      </p>
      {status.data?.active && !address && (
        <p className="muted">
          Du har en kalenderadress sedan{' '}
          {status.data.createdAt ? formatDateTime(status.data.createdAt) : 'tidigare'}.
        </p>
      )}
      {address && (
        <div className="field">
          <label htmlFor="kalenderadress" className="label">
            Din kalenderadress
          </label>
          <input id="kalenderadress" className="input" readOnly value={address} />
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={copy}>
              Kopiera adressen
            </button>
            <a className="button button--secondary" href={address.replace(/^https?:/, 'webcal:')}>
              Öppna i kalendern
            </a>
          </div>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={create} disabled={action.busy}>
          {status.data?.active ? 'Skapa en ny kalenderadress' : 'Skapa kalenderadress'}
        </button>
        {status.data?.active && (
          <button
            type="button"
            className="button button--secondary"
            onClick={revoke}
            disabled={action.busy}
          >
            Stäng av prenumerationen
          </button>
        )}
      </div>
      <ActionMessage result={action.result} />
    </section>
  )
}
