/**
 * arXiv's active categories, by archive: the subject classes of each archive, each listed as
 * `<archive>.<class>` (docs/facts.md, arXiv categories). Taken from arXiv's own taxonomy,
 * arXiv/arxiv-base `arxiv/taxonomy/definitions.py` (commit 0f94fa031ea1be3bea5753642b966e28f1571ea5,
 * 2026-06); papers.cool lists the same categories and every archive below as a whole.
 */
export const ARXIV_SUBJECT_CLASSES: Record<string, string> = {
  'astro-ph': 'CO EP GA HE IM SR',
  'cond-mat': 'dis-nn mes-hall mtrl-sci other quant-gas soft stat-mech str-el supr-con',
  cs: 'AI AR CC CE CG CL CR CV CY DB DC DL DM DS ET FL GL GR GT HC IR IT LG LO MA MM MS NA NE NI OH OS PF PL RO SC SD SE SI SY',
  econ: 'EM GN TH',
  eess: 'AS IV SP SY',
  math: 'AC AG AP AT CA CO CT CV DG DS FA GM GN GR GT HO IT KT LO MG MP NA NT OA OC PR QA RA RT SG SP ST',
  nlin: 'AO CD CG PS SI',
  physics:
    'acc-ph ao-ph app-ph atm-clus atom-ph bio-ph chem-ph class-ph comp-ph data-an ed-ph flu-dyn gen-ph geo-ph hist-ph ins-det med-ph optics plasm-ph pop-ph soc-ph space-ph',
  'q-bio': 'BM CB GN MN NC OT PE QM SC TO',
  'q-fin': 'CP EC GN MF PM PR RM ST TR',
  stat: 'AP CO ME ML OT TH',
};

/** Archives that are categories themselves, without subject classes. */
export const ARXIV_WHOLE_ARCHIVES = 'gr-qc hep-ex hep-lat hep-ph hep-th math-ph nucl-ex nucl-th quant-ph';

// Archive names are matched as written, subject classes in any case (`cs.ai` is `cs.AI`).
function lookupKey(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot + 1) + name.slice(dot + 1).toLowerCase();
}

// A Map, not an object: a name read from an address must not find an object's built-in properties.
// Built on first use, so that scripts that never read a category leave the table out.
let categoryByKey: Map<string, string> | undefined;

function categoriesByKey(): Map<string, string> {
  if (categoryByKey) return categoryByKey;
  categoryByKey = new Map();
  for (const name of ARXIV_WHOLE_ARCHIVES.split(' ')) categoryByKey.set(name, name);
  for (const [archive, classes] of Object.entries(ARXIV_SUBJECT_CLASSES)) {
    categoryByKey.set(archive, archive);
    for (const subjectClass of classes.split(' ')) {
      const category = `${archive}.${subjectClass}`;
      categoryByKey.set(lookupKey(category), category);
    }
  }
  return categoryByKey;
}

/** arXiv's spelling of the category or archive an address names (`cs.ai` → `cs.AI`), if arXiv has it. */
export function arxivCategory(name: string): string | undefined {
  return categoriesByKey().get(lookupKey(name));
}
