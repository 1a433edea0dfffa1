/**
 * The shapes the grooming-risk engine takes and gives. Everything it returns is ids, categories, numbers and message
 * indices: never any text from the conversation.
 */

/** Warning-sign categories. All but `self_disclosure` come from the contact; `self_disclosure` comes from the teen. */
export type Category =
  | 'secrecy'
  | 'isolation'
  | 'platform_switch'
  | 'personal_info'
  | 'alone_check'
  | 'image_request'
  | 'gifts_money'
  | 'meeting'
  | 'age_relationship'
  | 'flattery'
  | 'coercion'
  | 'self_disclosure';

/** Who wrote a message. */
export type Sender = 'contact' | 'teen';

/** Which side a lexicon entry applies to. */
export type Direction = Sender | 'any';

export type LanguageId = 'en' | 'ur' | 'roman-ur';

export type RiskLevel = 'none' | 'low' | 'elevated' | 'high';

export type Sensitivity = 'gentle' | 'standard' | 'watchful';

export interface ChatMessage {
  from: Sender;
  text: string;
  /** Milliseconds since the Unix epoch. Without it, no time passes since the previous message. */
  ts?: number;
}

export interface Conversation {
  /** true: a saved / known contact; false: unknown or new; undefined: not known either way. */
  contactKnown?: boolean;
  messages: readonly ChatMessage[];
}

export interface RiskOptions {
  contactKnown?: boolean;
  sensitivity?: Sensitivity;
}

/** One warning sign: its category and the index of the message that showed it. */
export interface Signal {
  category: Category;
  message: number;
}

export interface RiskAssessment {
  level: RiskLevel;
  /** 0..1 */
  score: number;
  signals: Signal[];
  /** Index of the first message at which the level reached `elevated` (or `high`), or null. */
  firstAlert: number | null;
}

/** A lexicon pattern as data. See `pattern.ts` for the pattern syntax. */
export interface LexiconEntry {
  /** Unique within its lexicon; the full id is `<lang>.<category>.<id>`. */
  id: string;
  cat: Category;
  /** Evidence this entry adds, before contact and combination factors (roughly 0.1 weak .. 1.2 very strong). */
  w: number;
  /** Default: 'contact' (and 'teen' for `self_disclosure`). */
  dir?: Direction;
  /** One or more patterns; any of them matching is a hit. */
  p: string | readonly string[];
  /** Words that, anywhere in the message (or the one before), mean an innocent reading. `word*` is a prefix. */
  benign?: readonly string[];
  /**
   * Set false when a negation word before the phrase must not cancel it (negations inside the pattern do that
   * already); 'message' lets a negation anywhere in the message cancel it (for single words).
   */
  neg?: boolean | 'message';
  /** Set false to ignore the category's default benign words for this entry. */
  catBenign?: boolean;
  /** A second category the same phrase shows ("come alone" is a meeting and an alone check), at 0.6 × the weight. */
  also?: Category;
  /** The contact asks for identifying details: a plain answer from the teen right after is self-disclosure. */
  ask?: boolean;
}

export interface Lexicon {
  lang: LanguageId;
  /** `@name` in patterns expands to these alternatives (which may use other macros). */
  macros: Readonly<Record<string, string>>;
  /** Words that cancel a following phrase ("not", "nahi", "مت"). */
  negators: readonly string[];
  /** Words that turn a preceding negator back into a request ("why don't you", "kyun nahi"). */
  negationBreakers: readonly string[];
  /** Default benign-context words per category. */
  benign: Readonly<Partial<Record<Category, readonly string[]>>>;
  /**
   * Benign only from a known contact: family logistics ("I'll pick you up from tuition", "mom asked me to check")
   * that would still be a warning sign from a stranger.
   */
  knownBenign?: Readonly<Partial<Record<Category, readonly string[]>>>;
  entries: readonly LexiconEntry[];
}

/** A lexicon entry that matched a message, after negation and benign-context checks. */
export interface Hit {
  /** `<lang>.<category>.<id>` */
  entry: string;
  category: Category;
  weight: number;
  /** From an entry that asks the teen for identifying details. */
  ask?: boolean;
}
