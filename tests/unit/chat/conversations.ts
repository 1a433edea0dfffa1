/**
 * A few whole conversations written for the unit tests (the development corpus is separate). Tactics only.
 */
import type { ChatMessage, Conversation } from '../../../lib/chat';

const T0 = Date.UTC(2026, 0, 5, 17, 0, 0);

function at(minutes: number[], lines: [ChatMessage['from'], string][]): ChatMessage[] {
  return lines.map(([from, text], i) => ({ from, text, ts: T0 + minutes[i]! * 60_000 }));
}

export const OWN_CONVERSATIONS: (Conversation & { label: 'risky' | 'benign'; lang: string })[] = [
  {
    label: 'risky',
    lang: 'en',
    contactKnown: false,
    messages: at(
      [0, 1, 3, 60, 61, 1500, 1502, 1503],
      [
        ['contact', 'hey, saw your drawings, ur really talented'],
        ['teen', 'thank you!'],
        ['contact', "you're so mature for your age honestly"],
        ['contact', "your parents wouldn't understand our friendship"],
        ['contact', "so don't tell them we talk ok? 🤫"],
        ['contact', "add me on sn@p, it's more private"],
        ['teen', 'ok'],
        ['contact', 'send me a pic of u, just for me'],
      ],
    ),
  },
  {
    label: 'risky',
    lang: 'roman-ur',
    contactKnown: false,
    messages: at(
      [0, 2, 3, 5, 6],
      [
        ['contact', 'tum bohat pyari ho yaar'],
        ['contact', 'ghar pe akeli ho abhi?'],
        ['teen', 'haan sab shadi pe gaye hain'],
        ['contact', 'camera on karo na, kisi ko mat batana'],
        ['teen', 'nahi'],
      ],
    ),
  },
  {
    label: 'risky',
    lang: 'ur',
    contactKnown: true,
    messages: at(
      [0, 1, 2, 3],
      [
        ['contact', 'تم میری سب سے ذہین شاگرد ہو'],
        ['contact', 'اتوار کو اکیلی آنا، اضافی کلاس ہے'],
        ['contact', 'یہ بات کسی کو مت بتانا'],
        ['teen', 'جی سر'],
      ],
    ),
  },
  {
    label: 'benign',
    lang: 'en',
    contactKnown: true,
    messages: at(
      [0, 1, 2, 3],
      [
        ['contact', "don't tell ammi about the cake, it's a surprise for her birthday"],
        ['teen', 'ok lol'],
        ['contact', 'can you send a pic of the chemistry notes too'],
        ['teen', 'sent'],
      ],
    ),
  },
  {
    label: 'benign',
    lang: 'roman-ur',
    contactKnown: false,
    messages: at(
      [0, 1, 2],
      [
        ['contact', 'assalam o alaikum, aap ka parcel aaya hai'],
        ['contact', 'ghar pe koi hai? rider gate pe hai'],
        ['teen', 'ji ammi aa rahi hain'],
      ],
    ),
  },
];
