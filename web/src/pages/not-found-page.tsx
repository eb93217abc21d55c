import { Link } from 'react-router'
import { Page } from '../components/page'

export function NotFoundPage() {
  return (
    <Page title="Sidan finns inte">
      <p>Sidan du sökte finns inte. Kontrollera adressen eller gå vidare härifrån:</p>
      <ul>
        <li>
          <Link to="/">Översikt</Link>
        </li>
        <li>
          <Link to="/diarium">E-diarium</Link>
        </li>
      </ul>
    </Page>
  )
}
