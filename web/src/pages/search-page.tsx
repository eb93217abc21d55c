import { Page } from '../components/page'
import { RegistrySearch } from '../components/search'

/** Staff search: everything the user may read, confidential hits masked in the list. */
export function SearchPage() {
  return (
    <Page
      title="Sök i diariet"
      lead="Sök bland ärenden och handlingar. Sekretessmarkerade uppgifter visas maskerade i träfflistan; öppna ärendet för att se dem om du har behörighet."
    >
      <RegistrySearch mode="staff" />
    </Page>
  )
}
