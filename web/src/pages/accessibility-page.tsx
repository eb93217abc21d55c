import { Page } from '../components/page'
import { ContactLink, contactEmail, useRegistry } from '../registry'

/** Tillgänglighetsredogörelse, required by lagen (2018:1937) om tillgänglighet till digital offentlig service. */
export function AccessibilityPage() {
  const registry = useRegistry()
  const email = contactEmail(registry)
  const name = registry?.municipality ?? 'Kommunen'
  return (
    <div className="prose">
      <Page title="Tillgänglighetsredogörelse">
        <p className="lead">
          {name} står bakom den här webbplatsen, diariet och e-diariet. Vi vill att så många som
          möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om
          tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera
          problem.
        </p>
        <h2>Hur tillgänglig är webbplatsen?</h2>
        <p>
          Webbplatsen är gjord för att uppfylla nivå AA i WCAG 2.1. Den går att använda med enbart
          tangentbord, med skärmläsare och med förstoring upp till 400 procent. Varje sida
          kontrolleras automatiskt med verktyget axe innan en ny version tas i bruk.
        </p>
        <h2>Kända brister</h2>
        <ul>
          <li>
            Filer som bifogats handlingar, till exempel inskannade brev, kan sakna textlager och är
            då inte tillgängliga för skärmläsare. Kontakta oss om du behöver en handling i ett annat
            format.
          </li>
        </ul>
        <h2>Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
        <p>
          Om du behöver innehåll i ett annat format, eller om du upptäcker brister som inte står
          här, kontakta oss på <ContactLink email={email} subject="Tillgänglighet" />. Vi svarar så
          snart vi kan, normalt inom fem arbetsdagar.
        </p>
        <h2>Tillsyn</h2>
        <p>
          Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om
          tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina
          synpunkter kan du <a href="https://www.digg.se/tdosanmalan">anmäla det till Digg</a>.
        </p>
        <h2>Hur vi har testat webbplatsen</h2>
        <p>
          Vi testar webbplatsen automatiskt och med tangentbord inför varje ny version. Redogörelsen
          uppdaterades senast i samband med den version som nu är i drift.
        </p>
      </Page>
    </div>
  )
}
