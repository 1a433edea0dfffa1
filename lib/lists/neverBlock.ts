/**
 * Sites no category may ever block, whatever a downloaded list says: health, sex education, LGBTQ+ support,
 * counselling and child-protection services, and help lines. A child who needs help must always reach it.
 * Compiled as an exclusion on every category rule (a parent's or school's own explicit block still applies).
 */
// prettier-ignore
export const NEVER_BLOCK: readonly string[] = [
  // Child protection and reporting (Pakistan first, then international)
  'sahil.org', 'digitalrightsfoundation.pk', 'nccia.gov.pk', 'fia.gov.pk', 'ncrc.gov.pk', 'cpwb.punjab.gov.pk',
  'rozan.org', 'madadgaar.org', 'missingkids.org', 'takeitdown.ncmec.org', 'iwf.org.uk', 'report.iwf.org.uk',
  'childline.org.uk', 'nspcc.org.uk', 'ceop.police.uk', 'childhelplineinternational.org', 'unicef.org',
  'thorn.org', 'stopitnow.org', 'kidshelpphone.ca', 'kidshelpline.com.au', 'esafety.gov.au',
  // Counselling and crisis support
  'befrienders.org', 'samaritans.org', '988lifeline.org', 'findahelpline.com', 'umang.com.pk', 'crisistextline.org',
  'mind.org.uk', 'youngminds.org.uk',
  // LGBTQ+ support
  'thetrevorproject.org', 'itgetsbetter.org', 'switchboard.lgbt',
  // Health and sex education
  'who.int', 'nhs.uk', 'kidshealth.org', 'plannedparenthood.org', 'scarleteen.com', 'brook.org.uk',
  'unfpa.org', 'cdc.gov', 'mayoclinic.org', 'healthline.com', 'medlineplus.gov', 'amaze.org',
];
