import { createBrowserRouter, RouterProvider } from 'react-router'
import { mayAdministerAi, mayReadAiDrafts } from './auth/ai-access'
import { RequireLogin } from './auth/require-login'
import { RequireRole } from './auth/require-role'
import { RequireStaff } from './auth/require-staff'
import { SessionProvider } from './auth/session'
import { Layout } from './components/layout'
import { AccessibilityPage } from './pages/accessibility-page'
import { DraftPage } from './pages/ai/draft-page'
import { DraftsPage } from './pages/ai/drafts-page'
import { FollowUpIndex, FollowUpPage } from './pages/ai/follow-up-page'
import { IncidentPage } from './pages/ai/incident-page'
import { IncidentsPage } from './pages/ai/incidents-page'
import { LogEntryPage } from './pages/ai/log-entry-page'
import { LogPage } from './pages/ai/log-page'
import { ServicePage } from './pages/ai/service-page'
import { ServicesPage } from './pages/ai/services-page'
import { TrainingsPage } from './pages/ai/trainings-page'
import { CommitteePage } from './pages/committees/committee-page'
import { CommitteesPage } from './pages/committees/committees-page'
import { DelegatedDecisionsPage } from './pages/delegation/delegated-decisions-page'
import { DelegationSchemePage } from './pages/delegation/delegation-scheme-page'
import { AttendancePage } from './pages/meetings/attendance-page'
import { ItemPage } from './pages/meetings/item-page'
import { MeetingPage } from './pages/meetings/meeting-page'
import { MeetingsPage } from './pages/meetings/meetings-page'
import { MinutesPage } from './pages/meetings/minutes/minutes-page'
import { SchedulePage } from './pages/meetings/schedule-page'
import { CreateCasePage } from './pages/cases/create-case-page'
import { CasePage } from './pages/case-page'
import { LoginPage } from './pages/login-page'
import { MyMeetingPage } from './pages/members/my-meeting-page'
import { MyMeetingsPage } from './pages/members/my-meetings-page'
import { NotFoundPage } from './pages/not-found-page'
import { CaseReportsPage } from './pages/official-reports/case-reports-page'
import { ReportPage } from './pages/official-reports/report-page'
import { OverviewPage } from './pages/overview-page'
import { DiariumPage } from './pages/public/diarium-page'
import { NoticeBoardArchivePage } from './pages/public/notice-board-archive-page'
import { NoticeBoardPage } from './pages/public/notice-board-page'
import { NoticeBoardPostingPage } from './pages/public/notice-board-posting-page'
import { PublicCasePage } from './pages/public/public-case-page'
import { RegisterPage } from './pages/register/register-page'
import { SearchPage } from './pages/search-page'
import { RegistryProvider } from './registry'
import './styles/board.css'
import './styles/ai.css'

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/logga-in', element: <LoginPage /> },
      { path: '/diarium', element: <DiariumPage /> },
      { path: '/diarium/arenden/:id', element: <PublicCasePage /> },
      { path: '/anslagstavla', element: <NoticeBoardPage /> },
      // Before '/anslagstavla/:id', so that "arkiv" is never read as a posting id.
      { path: '/anslagstavla/arkiv', element: <NoticeBoardArchivePage /> },
      { path: '/anslagstavla/:id', element: <NoticeBoardPostingPage /> },
      { path: '/tillganglighet', element: <AccessibilityPage /> },
      {
        element: <RequireStaff />,
        children: [
          { path: '/', element: <OverviewPage /> },
          { path: '/registrera', element: <RegisterPage /> },
          { path: '/sok', element: <SearchPage /> },
          // Before '/arenden/:id', so that "nytt" is never read as a case id.
          { path: '/arenden/nytt', element: <CreateCasePage /> },
          { path: '/arenden/:id', element: <CasePage /> },
          { path: '/arenden/:id/tjansteskrivelser', element: <CaseReportsPage /> },
          { path: '/tjansteskrivelser/:id', element: <ReportPage /> },
          { path: '/organ', element: <CommitteesPage /> },
          { path: '/organ/:id', element: <CommitteePage /> },
          { path: '/organ/:id/sammantradesplan/:year', element: <SchedulePage /> },
          { path: '/organ/:id/delegationsordning', element: <DelegationSchemePage /> },
          { path: '/organ/:id/delegationsbeslut', element: <DelegatedDecisionsPage /> },
          { path: '/sammantraden', element: <MeetingsPage /> },
          { path: '/sammantraden/:id', element: <MeetingPage /> },
          { path: '/sammantraden/:id/upprop', element: <AttendancePage /> },
          { path: '/sammantraden/:id/punkter/:itemId', element: <ItemPage /> },
          { path: '/sammantraden/:id/protokoll', element: <MinutesPage /> },
        ],
      },
      {
        // The AI administration: the IT unit and the security officer are not registry staff.
        element: <RequireRole allowed={mayAdministerAi} what="AI-administrationen" />,
        children: [
          { path: '/ai', element: <ServicesPage /> },
          { path: '/ai/tjanster/:id', element: <ServicePage /> },
          { path: '/ai/utbildning', element: <TrainingsPage /> },
          { path: '/ai/logg', element: <LogPage /> },
          { path: '/ai/logg/:seq', element: <LogEntryPage /> },
          { path: '/ai/uppfoljning', element: <FollowUpIndex /> },
          { path: '/ai/uppfoljning/:year', element: <FollowUpPage /> },
        ],
      },
      {
        element: <RequireRole allowed={mayReadAiDrafts} what="AI-utkasten" />,
        children: [
          { path: '/ai/utkast', element: <DraftsPage /> },
          { path: '/ai/utkast/:id', element: <DraftPage /> },
          { path: '/ai/incidenter', element: <IncidentsPage /> },
          { path: '/ai/incidenter/:id', element: <IncidentPage /> },
        ],
      },
      {
        element: <RequireLogin />,
        children: [
          { path: '/mina-sammantraden', element: <MyMeetingsPage /> },
          { path: '/mina-sammantraden/:id', element: <MyMeetingPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])

export function App() {
  return (
    <RegistryProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </RegistryProvider>
  )
}
