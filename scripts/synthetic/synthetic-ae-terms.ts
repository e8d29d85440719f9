/**
 * Adverse-event terms for synthetic results: MedDRA-style preferred terms under 25 system organ
 * classes (organ systems), in the order records list them. The generator takes them in turn and
 * marks repeats as variants, so a record can hold any number of distinct terms. Each organ
 * system's terms are one text, "|" between them.
 */
const TERM_LISTS: readonly (readonly [string, string])[] = [
  [
    'Blood and lymphatic system disorders',
    'Anaemia|Neutropenia|Thrombocytopenia|Leukopenia|Lymphopenia|Febrile neutropenia|Lymphadenopathy|Pancytopenia|Eosinophilia',
  ],
  [
    'Cardiac disorders',
    'Atrial fibrillation|Tachycardia|Bradycardia|Palpitations|Myocardial infarction|Cardiac failure|Angina pectoris|Pericardial effusion|Cardiomyopathy',
  ],
  [
    'Congenital, familial and genetic disorders',
    "Gilbert's syndrome|Hydrocele|Phimosis|Dermoid cyst",
  ],
  [
    'Ear and labyrinth disorders',
    'Vertigo|Tinnitus|Ear pain|Hypoacusis|Deafness|Vestibular disorder',
  ],
  [
    'Endocrine disorders',
    'Hypothyroidism|Hyperthyroidism|Adrenal insufficiency|Thyroiditis|Hypophysitis|Goitre',
  ],
  [
    'Eye disorders',
    'Conjunctivitis|Vision blurred|Dry eye|Cataract|Glaucoma|Lacrimation increased|Eye pain|Uveitis|Retinal detachment',
  ],
  [
    'Gastrointestinal disorders',
    'Nausea|Diarrhoea|Vomiting|Constipation|Abdominal pain|Dyspepsia|Stomatitis|Gastritis|Colitis|Pancreatitis|Dysphagia|Haemorrhoids',
  ],
  [
    'General disorders and administration site conditions',
    'Fatigue|Pyrexia|Asthenia|Oedema peripheral|Chills|Injection site reaction|Malaise|Chest pain|Influenza like illness|Mucosal inflammation',
  ],
  [
    'Hepatobiliary disorders',
    'Hepatotoxicity|Cholelithiasis|Hepatitis|Hyperbilirubinaemia|Cholecystitis|Hepatic steatosis|Jaundice',
  ],
  [
    'Immune system disorders',
    'Hypersensitivity|Drug hypersensitivity|Anaphylactic reaction|Seasonal allergy|Cytokine release syndrome',
  ],
  [
    'Infections and infestations',
    'Nasopharyngitis|Upper respiratory tract infection|Urinary tract infection|Pneumonia|Bronchitis|Influenza|Sinusitis|Herpes zoster|Sepsis|Cellulitis|Gastroenteritis|COVID-19',
  ],
  [
    'Injury, poisoning and procedural complications',
    'Fall|Contusion|Ligament sprain|Wrist fracture|Infusion related reaction|Skin laceration|Procedural pain',
  ],
  [
    'Investigations',
    'Alanine aminotransferase increased|Aspartate aminotransferase increased|Weight decreased|Blood creatinine increased|Neutrophil count decreased|Platelet count decreased|Lipase increased|Electrocardiogram QT prolonged',
  ],
  [
    'Metabolism and nutrition disorders',
    'Decreased appetite|Hyperglycaemia|Hypokalaemia|Hyponatraemia|Hypomagnesaemia|Dehydration|Hypercalcaemia|Hypoalbuminaemia|Hyperuricaemia',
  ],
  [
    'Musculoskeletal and connective tissue disorders',
    'Arthralgia|Back pain|Myalgia|Pain in extremity|Muscle spasms|Musculoskeletal pain|Osteoarthritis|Neck pain|Bone pain',
  ],
  [
    'Neoplasms benign, malignant and unspecified (incl cysts and polyps)',
    'Basal cell carcinoma|Squamous cell carcinoma of skin|Tumour pain|Malignant melanoma|Lipoma|Skin papilloma',
  ],
  [
    'Nervous system disorders',
    'Headache|Dizziness|Paraesthesia|Peripheral sensory neuropathy|Dysgeusia|Somnolence|Syncope|Tremor|Migraine|Cerebrovascular accident|Seizure',
  ],
  [
    'Psychiatric disorders',
    'Insomnia|Anxiety|Depression|Confusional state|Agitation|Sleep disorder|Irritability',
  ],
  [
    'Renal and urinary disorders',
    'Acute kidney injury|Proteinuria|Haematuria|Dysuria|Pollakiuria|Nephrolithiasis|Urinary retention',
  ],
  [
    'Reproductive system and breast disorders',
    'Erectile dysfunction|Menorrhagia|Breast pain|Dysmenorrhoea|Pelvic pain|Gynaecomastia',
  ],
  [
    'Respiratory, thoracic and mediastinal disorders',
    'Cough|Dyspnoea|Oropharyngeal pain|Epistaxis|Pneumonitis|Pulmonary embolism|Pleural effusion|Rhinorrhoea|Nasal congestion|Dysphonia',
  ],
  [
    'Skin and subcutaneous tissue disorders',
    'Rash|Pruritus|Alopecia|Dry skin|Erythema|Rash maculo-papular|Dermatitis acneiform|Palmar-plantar erythrodysaesthesia syndrome|Urticaria|Eczema',
  ],
  ['Social circumstances', 'Loss of personal independence in daily activities|Social problem'],
  [
    'Surgical and medical procedures',
    'Tooth extraction|Knee arthroplasty|Cataract operation|Hip arthroplasty|Cholecystectomy',
  ],
  [
    'Vascular disorders',
    'Hypertension|Hypotension|Deep vein thrombosis|Flushing|Hot flush|Haematoma|Lymphoedema',
  ],
];

export const ORGAN_SYSTEM_TERMS: readonly (readonly [string, readonly string[]])[] = TERM_LISTS.map(
  ([organSystem, terms]) => [organSystem, terms.split('|')],
);

export interface SyntheticTerm {
  term: string;
  organSystem: string;
}

/**
 * `count` distinct terms: every organ system's terms, then again as "(variant 2)" and so on,
 * listed by organ system (in the order above) as records list them.
 */
export function syntheticTerms(count: number): SyntheticTerm[] {
  const all = ORGAN_SYSTEM_TERMS.flatMap(([organSystem, terms], system) =>
    terms.map((term) => ({ term, organSystem, system })),
  );
  const picked = Array.from({ length: count }, (_, index) => {
    const base = all[index % all.length];
    if (base === undefined) throw new Error('no adverse-event terms');
    const round = Math.floor(index / all.length);
    return round === 0 ? base : { ...base, term: `${base.term} (variant ${String(round + 1)})` };
  });
  // Array sort is stable: within an organ system, terms keep their order (variants after bases).
  return picked
    .sort((a, b) => a.system - b.system)
    .map(({ term, organSystem }) => ({ term, organSystem }));
}
