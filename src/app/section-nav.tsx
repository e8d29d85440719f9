const SECTIONS = [
  ['summary', 'Summary'],
  ['design', 'Design'],
  ['study-groups', 'Study groups'],
  ['eligibility', 'Eligibility'],
  ['investigators', 'Investigators'],
  ['sites', 'Sites'],
  ['central-contacts', 'Contacts'],
  ['identifiers', 'Identifiers'],
  ['results', 'Results'],
] satisfies [string, string][];

/** In-page links to the sections readers look for most (and to the record's problems, if any). */
export function SectionNav({ hasProblems = false }: { hasProblems?: boolean }) {
  const sections = hasProblems ? [['record-problems', 'Record problems'], ...SECTIONS] : SECTIONS;
  return (
    <nav aria-label="On this page" className="section-nav">
      <ul className="inline-list">
        {sections.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
