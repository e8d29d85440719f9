import type { Random } from './prng';

/** Building blocks of long, realistic eligibility text (CT.gov markdown: headings, bullets, nesting). */

const INCLUSION = [
  'Histologically or cytologically confirmed diagnosis of the condition under study',
  'Age 18 years or older at the time of signing the informed consent',
  'Eastern Cooperative Oncology Group (ECOG) performance status of 0 or 1',
  'At least one measurable lesion per RECIST version 1.1',
  'Adequate bone marrow function, defined as:',
  'Adequate liver function, defined as:',
  'Life expectancy of at least 12 weeks in the opinion of the investigator',
  'Willing and able to comply with scheduled visits, treatment plan and laboratory tests',
  'Women of childbearing potential must have a negative serum pregnancy test within 7 days',
  'Agreement to use highly effective contraception during the study and for 6 months after',
  'Recovered from the toxic effects of prior therapy to grade 1 or baseline',
  'Archival tumour tissue available, or willing to undergo a fresh biopsy',
  'Signed written informed consent before any study-specific procedure',
];

const SUB_CRITERIA = [
  'Absolute neutrophil count \\>= 1.5 x 10^9/L',
  'Platelets \\>= 100 x 10^9/L',
  'Haemoglobin \\>= 9 g/dL',
  'Total bilirubin \\<= 1.5 x upper limit of normal (ULN)',
  'AST and ALT \\<= 2.5 x ULN (\\<= 5 x ULN with liver involvement)',
];

const EXCLUSION = [
  'Prior treatment with any investigational agent within 28 days of the first dose',
  'Known active central nervous system metastases or carcinomatous meningitis',
  'History of another malignancy within 3 years, except adequately treated skin cancer',
  'Clinically significant cardiovascular disease, including myocardial infarction within 6 months',
  'QTc interval \\> 470 ms on screening electrocardiogram',
  'Active infection requiring systemic therapy',
  'Known human immunodeficiency virus (HIV) infection with a detectable viral load',
  'Active hepatitis B or hepatitis C infection',
  'Pregnant or breastfeeding',
  'Major surgery within 4 weeks before the first dose',
  'Known hypersensitivity to any component of the study drug',
  'Interstitial lung disease or pneumonitis requiring steroids',
  'Any condition that, in the opinion of the investigator, would interfere with the study',
  'Participation in another interventional clinical trial',
];

/**
 * A long criteria text: `inclusionCount` inclusion and `exclusionCount` exclusion bullets,
 * the "defined as:" ones with nested sub-bullets; the others are numbered so each one is distinct.
 */
export function generateEligibilityText(
  random: Random,
  inclusionCount = 30,
  exclusionCount = 45,
): string {
  const lines = ['Inclusion Criteria:', ''];
  for (let index = 0; index < inclusionCount; index += 1) {
    const text = random.pick(INCLUSION);
    if (!text.endsWith('defined as:')) {
      lines.push(`* ${text} (criterion I-${String(index + 1)})`);
    } else {
      lines.push(`* ${text}`);
      const subCount = 2 + random.int(3);
      for (let sub = 0; sub < subCount; sub += 1) lines.push(`  * ${random.pick(SUB_CRITERIA)}`);
    }
  }
  lines.push('', 'Exclusion Criteria:', '');
  for (let index = 0; index < exclusionCount; index += 1) {
    lines.push(`* ${random.pick(EXCLUSION)} (criterion E-${String(index + 1)})`);
  }
  return lines.join('\n');
}
