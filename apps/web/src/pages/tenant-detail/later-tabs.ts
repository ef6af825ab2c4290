// The tenant page's tabs other than Status, in one module so that their code arrives as one chunk (a few requests
// instead of forty) when the browser is idle after the first screen.
export { AssignmentsSection } from "../../features/assignments/assignments-section.tsx";
export { ContactsSection } from "../../features/contacts/contacts-section.tsx";
export { FindingsSection } from "../../features/findings/findings-section.tsx";
export { HistorySection } from "../../features/history/history-section.tsx";
export { MeetingsSection } from "../../features/meetings/meetings-section.tsx";
export { NotesSection } from "../../features/notes/notes-section.tsx";
export { OutreachSection } from "../../features/outreach/outreach-section.tsx";
export { PartnersSection } from "../../features/partners/partners-section.tsx";
export { PlaybookSection } from "../../features/playbook/playbook-section.tsx";
export { ServicesSection } from "../../features/services/services-section.tsx";
export { SimulationSection } from "../../features/simulation/simulation-section.tsx";
export { UsageSection } from "../../features/usage/usage-section.tsx";
