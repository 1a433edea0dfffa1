/**
 * One warning sign and one hard negative per category and language. Hard negatives share words with the sign but
 * mean something innocent (a surprise party, a homework photo, a cousin dropping food off, a game trade).
 * Tactics only, never sexual content.
 */
import type { Category, LanguageId, Sender } from '../../../lib/chat';

export interface SignalCase {
  category: Category;
  lang: LanguageId;
  from: Sender;
  positive: string;
  negative: string;
}

export const SIGNAL_CASES: SignalCase[] = [
  // English
  {
    category: 'secrecy',
    lang: 'en',
    from: 'contact',
    positive: "don't tell your parents about us",
    negative: "don't tell mom about the surprise party",
  },
  {
    category: 'isolation',
    lang: 'en',
    from: 'contact',
    positive: 'your parents will never understand you like i do',
    negative: 'my brother never understands anything lol',
  },
  {
    category: 'platform_switch',
    lang: 'en',
    from: 'contact',
    positive: "let's move this to snapchat, it's more private",
    negative: 'join the class whatsapp group, parents are added too',
  },
  {
    category: 'personal_info',
    lang: 'en',
    from: 'contact',
    positive: 'which school do you go to? what time does it end',
    negative: 'the school trip form needs your roll number',
  },
  {
    category: 'alone_check',
    lang: 'en',
    from: 'contact',
    positive: 'are you home alone right now?',
    negative: 'is anyone home? ammi sent biryani, i will drop it off',
  },
  {
    category: 'image_request',
    lang: 'en',
    from: 'contact',
    positive: 'send me a pic of you, just for me',
    negative: 'can you send a pic of the chemistry homework',
  },
  {
    category: 'gifts_money',
    lang: 'en',
    from: 'contact',
    positive: "i'll buy you robux if you keep talking to me",
    negative: "i'll trade my dragon skin for your sword, fair trade?",
  },
  {
    category: 'meeting',
    lang: 'en',
    from: 'contact',
    positive: "let's meet in person, i can pick you up",
    negative: "let's meet at the library with the group for the project",
  },
  {
    category: 'age_relationship',
    lang: 'en',
    from: 'contact',
    positive: 'age is just a number, be my girlfriend',
    negative: 'how old is your brother now?',
  },
  {
    category: 'flattery',
    lang: 'en',
    from: 'contact',
    positive: "you're so mature for your age",
    negative: 'your essay was so mature, well done on the debate',
  },
  {
    category: 'coercion',
    lang: 'en',
    from: 'contact',
    positive: "if you don't send it i'll share your pics with everyone",
    negative: 'i will share the trip photos in the group later',
  },
  {
    category: 'self_disclosure',
    lang: 'en',
    from: 'teen',
    positive: 'my number is 0300-1234567',
    negative: 'the pizza place number was on the flyer',
  },
  // Roman Urdu
  {
    category: 'secrecy',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'kisi ko mat batana hamari baaton ka',
    negative: 'ammi ko mat batana, surprise party hai',
  },
  {
    category: 'isolation',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'tumhare ghar wale tumhe kabhi nahi samjhenge, sirf main samajhta hoon',
    negative: 'ghar wale kal shaadi pe ja rahe hain',
  },
  {
    category: 'platform_switch',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'whatsapp pe baat karte hain, apna number do',
    negative: 'class ka whatsapp group join karo, teacher ne kaha',
  },
  {
    category: 'personal_info',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'tum kahan rehti ho? kaunsa school hai',
    negative: 'school ka trip form kal jama karwana hai',
  },
  {
    category: 'alone_check',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'ghar pe akeli ho abhi?',
    negative: 'ghar pe koi hai? khala biryani bhej rahi hain',
  },
  {
    category: 'image_request',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'apni pic bhejo na',
    negative: 'homework ki pic bhej do please',
  },
  {
    category: 'gifts_money',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'main tumhe UC de dunga, bas baat karti raho',
    negative: 'mera skin tumhare sword ke badle trade karein?',
  },
  {
    category: 'meeting',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'akeli aana, main tumhe lene aa jaunga',
    negative: 'kal tuition mein milte hain, notes le aana',
  },
  {
    category: 'age_relationship',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'umar sirf ek number hai, meri girlfriend banogi?',
    negative: 'tumhare bhai ki umar kitni hai?',
  },
  {
    category: 'flattery',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'tum apni umar se zyada samajhdar ho',
    negative: 'ye cake bohat acha bana hai',
  },
  {
    category: 'coercion',
    lang: 'roman-ur',
    from: 'contact',
    positive: 'agar nahi bheja to tumhari pics viral kar dunga',
    negative: 'match ki pics group mein bhej dunga',
  },
  {
    category: 'self_disclosure',
    lang: 'roman-ur',
    from: 'teen',
    positive: 'main 14 saal ki hoon aur ghar pe akeli hoon',
    negative: 'kal 14 tareekh ko exam hai',
  },
  // Urdu script
  {
    category: 'secrecy',
    lang: 'ur',
    from: 'contact',
    positive: 'یہ بات کسی کو مت بتانا',
    negative: 'امی کو مت بتانا، سالگرہ کا سرپرائز ہے',
  },
  {
    category: 'isolation',
    lang: 'ur',
    from: 'contact',
    positive: 'صرف میں تمہیں سمجھتا ہوں',
    negative: 'سوال سمجھ نہیں آیا، دوبارہ پڑھو',
  },
  {
    category: 'platform_switch',
    lang: 'ur',
    from: 'contact',
    positive: 'واٹس ایپ پر بات کرتے ہیں',
    negative: 'کلاس کا واٹس ایپ گروپ جوائن کرو',
  },
  {
    category: 'personal_info',
    lang: 'ur',
    from: 'contact',
    positive: 'تم کہاں رہتی ہو؟',
    negative: 'کتاب کہاں رکھی ہے؟',
  },
  {
    category: 'alone_check',
    lang: 'ur',
    from: 'contact',
    positive: 'کیا تم گھر پر اکیلی ہو؟',
    negative: 'گھر پر کوئی ہے؟ خالہ نے کھانا بھیجا ہے',
  },
  {
    category: 'image_request',
    lang: 'ur',
    from: 'contact',
    positive: 'اپنی تصویر بھیجو',
    negative: 'ہوم ورک کی تصویر بھیج دو',
  },
  {
    category: 'gifts_money',
    lang: 'ur',
    from: 'contact',
    positive: 'میں تمہیں نیا فون دلا دوں گا',
    negative: 'عید پر خالہ نے عیدی بھیجی',
  },
  {
    category: 'meeting',
    lang: 'ur',
    from: 'contact',
    positive: 'اکیلی آنا، کسی کو بتائے بغیر',
    negative: 'کل کلاس میں ملیں گے',
  },
  {
    category: 'age_relationship',
    lang: 'ur',
    from: 'contact',
    positive: 'عمر تو صرف ایک نمبر ہے',
    negative: 'تمہاری بلی کی عمر کتنی ہے',
  },
  {
    category: 'flattery',
    lang: 'ur',
    from: 'contact',
    positive: 'تم اپنی عمر سے زیادہ سمجھدار ہو',
    negative: 'یہ کھانا بہت اچھا بنا ہے',
  },
  {
    category: 'coercion',
    lang: 'ur',
    from: 'contact',
    positive: 'ورنہ تمہاری تصویریں سب کو دکھا دوں گا',
    negative: 'میچ کی تصویریں گروپ میں بھیج دوں گا',
  },
  {
    category: 'self_disclosure',
    lang: 'ur',
    from: 'teen',
    positive: 'میرا نمبر 0300-1234567 ہے',
    negative: 'کل چودہ تاریخ کو پیپر ہے',
  },
];
