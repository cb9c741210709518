/** FullCalendar's stylesheet is a non-injected bundle (see apps/web/project.json): loaded with the calendar only. */
let loading: Promise<void> | null = null;

export function ensureCalendarStyles(doc: Document): Promise<void> {
  if (loading) return loading;
  loading = new Promise<void>((resolve) => {
    if (doc.querySelector('link[data-xp-calendar-css]')) return resolve();
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'fullcalendar.css';
    link.dataset['xpCalendarCss'] = '';
    link.onload = () => resolve();
    link.onerror = () => resolve();
    doc.head.appendChild(link);
  });
  return loading;
}
