/**
 * Help lines the chat-safety prompt and the block page offer, Pakistan first. Each entry names its source and when it
 * was checked, so a parent, school or contributor can correct it; numbers change, so check before relying on one.
 * Names are kept as the services write them; descriptions are in English and Urdu.
 */
export interface HelpLine {
  id: string;
  /** ISO 3166 country codes where it serves; 'INT' for international. */
  countries: readonly string[];
  name: string;
  /** A phone number to call, or a web address to open. */
  contact: string;
  kind: 'phone' | 'web';
  about: { en: string; ur: string };
  source: string;
  checked: string;
}

export const HELP_LINES: readonly HelpLine[] = [
  {
    id: 'pk-1121',
    countries: ['PK'],
    name: 'Child Protection Helpline 1121 (Punjab and Sindh)',
    contact: '1121',
    kind: 'phone',
    about: {
      en: 'Free child protection helpline run by the Punjab Child Protection & Welfare Bureau and the Sindh Child Protection Authority.',
      ur: 'بچوں کے تحفظ کی مفت ہیلپ لائن، پنجاب چائلڈ پروٹیکشن اینڈ ویلفیئر بیورو اور سندھ چائلڈ پروٹیکشن اتھارٹی کی طرف سے۔',
    },
    source: 'https://cpwb.punjab.gov.pk and https://scpa.sindh.gov.pk',
    checked: '2026-11',
  },
  {
    id: 'pk-nccia-1799',
    countries: ['PK'],
    name: 'NCCIA Cybercrime Helpline 1799',
    contact: '1799',
    kind: 'phone',
    about: {
      en: "The National Cyber Crime Investigation Agency's helpline, to report blackmail, threats or abuse material online.",
      ur: 'نیشنل سائبر کرائم انویسٹی گیشن ایجنسی کی ہیلپ لائن، آن لائن بلیک میلنگ، دھمکیوں یا زیادتی کے مواد کی رپورٹ کے لیے۔',
    },
    source: 'https://www.nccia.gov.pk',
    checked: '2026-11',
  },
  {
    id: 'pk-drf',
    countries: ['PK'],
    name: 'Digital Rights Foundation Cyber Harassment Helpline',
    contact: '0800-39393',
    kind: 'phone',
    about: {
      en: 'Free, confidential help with online harassment and blackmail, from the Digital Rights Foundation.',
      ur: 'ڈیجیٹل رائٹس فاؤنڈیشن کی طرف سے آن لائن ہراسانی اور بلیک میلنگ پر مفت اور رازدارانہ مدد۔',
    },
    source: 'https://digitalrightsfoundation.pk/cyber-harassment-helpline/',
    checked: '2026-11',
  },
  {
    id: 'pk-madadgaar',
    countries: ['PK'],
    name: 'Madadgaar National Helpline 1098',
    contact: '1098',
    kind: 'phone',
    about: {
      en: 'A national helpline for children and women facing abuse or violence.',
      ur: 'زیادتی یا تشدد کا سامنا کرنے والے بچوں اور خواتین کے لیے قومی ہیلپ لائن۔',
    },
    source: 'https://madadgaar.org',
    checked: '2026-11',
  },
  {
    id: 'int-takeitdown',
    countries: ['INT'],
    name: 'Take It Down (NCMEC)',
    contact: 'https://takeitdown.ncmec.org',
    kind: 'web',
    about: {
      en: 'Helps remove pictures of you taken when you were under 18 from sites that take part, without sending the picture to anyone.',
      ur: '18 سال سے کم عمر میں لی گئی آپ کی تصویریں شریک سائٹس سے ہٹوانے میں مدد کرتا ہے، تصویر کسی کو بھیجے بغیر۔',
    },
    source: 'https://takeitdown.ncmec.org',
    checked: '2026-11',
  },
  {
    id: 'int-cybertipline',
    countries: ['INT'],
    name: 'NCMEC CyberTipline',
    contact: 'https://report.cybertip.org',
    kind: 'web',
    about: {
      en: 'Report online exploitation of children, from any country.',
      ur: 'بچوں کے آن لائن استحصال کی رپورٹ، کسی بھی ملک سے۔',
    },
    source: 'https://www.missingkids.org/cybertipline',
    checked: '2026-11',
  },
  {
    id: 'int-childhelplines',
    countries: ['INT'],
    name: 'Child Helpline International: find a helpline',
    contact: 'https://childhelplineinternational.org/helplines/',
    kind: 'web',
    about: {
      en: 'Free child helplines in more than 130 countries.',
      ur: '130 سے زیادہ ممالک میں بچوں کی مفت ہیلپ لائنز۔',
    },
    source: 'https://childhelplineinternational.org',
    checked: '2026-11',
  },
  {
    id: 'gb-childline',
    countries: ['GB'],
    name: 'Childline',
    contact: '0800 1111',
    kind: 'phone',
    about: {
      en: 'Free, private help for under-19s in the UK.',
      ur: 'برطانیہ میں 19 سال سے کم عمر کے لیے مفت اور نجی مدد۔',
    },
    source: 'https://www.childline.org.uk',
    checked: '2026-11',
  },
  {
    id: 'in-1098',
    countries: ['IN'],
    name: 'Childline India 1098',
    contact: '1098',
    kind: 'phone',
    about: {
      en: 'Free emergency helpline for children in India.',
      ur: 'بھارت میں بچوں کے لیے مفت ہنگامی ہیلپ لائن۔',
    },
    source: 'https://wcd.gov.in',
    checked: '2026-11',
  },
];

const ZONE_COUNTRY: Readonly<Record<string, string>> = {
  'Asia/Karachi': 'PK',
  'Europe/London': 'GB',
  'Asia/Kolkata': 'IN',
  'Asia/Calcutta': 'IN',
};

/**
 * The teen's country: from the device's time zone when it names one we know; a teen reading in Urdu, or a device
 * with no real zone (UTC), gets Pakistan (the project's first audience); any other zone gets 'INT' (international
 * lines only), since a wrong country's numbers would not help.
 */
export function teenCountry(zone: string | undefined, language: 'en' | 'ur'): string {
  const known = zone ? ZONE_COUNTRY[zone] : undefined;
  if (known) return known;
  if (language === 'ur' || !zone || zone === 'UTC' || zone.startsWith('Etc/')) return 'PK';
  return 'INT';
}

/** Help lines for a country first, then the international ones. */
export function helpLinesFor(country: string): HelpLine[] {
  const local = country === 'INT' ? [] : HELP_LINES.filter((h) => h.countries.includes(country));
  return [...local, ...HELP_LINES.filter((h) => h.countries.includes('INT'))];
}
