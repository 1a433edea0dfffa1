/** Urdu twin of chat.en.ts (same keys; the parity test checks). */
import type { chatEn } from './chat.en';

export const chatUr: Record<keyof typeof chatEn, string> = {
  'chat.prompt.title': 'آپ کے لیے ایک لمحہ',
  'chat.prompt.noticed': 'ہم نے دیکھا کہ اس شخص نے:',
  'chat.signal.secrecy': 'آپ سے کہا کہ یہ بات چیت راز رکھیں',
  'chat.signal.isolation': 'کہا کہ صرف وہی آپ کو سمجھتا ہے، یا آپ کے قریبی لوگوں کے خلاف بات کی',
  'chat.signal.platform_switch': 'بات چیت کسی اور ایپ پر لے جانا یا آپ کا نمبر لینا چاہتا ہے',
  'chat.signal.personal_info': 'پوچھا کہ آپ کہاں رہتے ہیں، کہاں پڑھتے ہیں یا آپ کا روزانہ کا معمول کیا ہے',
  'chat.signal.alone_check': 'پوچھا کہ کیا آپ اکیلے ہیں یا آپ کے والدین آس پاس ہیں',
  'chat.signal.image_request': 'آپ کی تصویر مانگی یا کیمرہ آن کرنے کو کہا',
  'chat.signal.gifts_money': 'تحفے، گیم کی کرنسی، موبائل بیلنس یا پیسے دینے کی پیشکش کی',
  'chat.signal.meeting': 'آپ سے ملنا چاہتا ہے',
  'chat.signal.age_relationship': 'آپ کی عمر پوچھی یا دوستی سے بڑھ کر رشتے کی بات کی',
  'chat.signal.flattery': 'آپ کی بہت خاص تعریف کی، جیسے "اپنی عمر سے زیادہ سمجھدار"',
  'chat.signal.coercion': 'آپ پر دباؤ ڈال رہا ہے یا دھمکیاں دے رہا ہے',
  'chat.signal.self_disclosure': 'کو آپ کی ذاتی تفصیلات بتائی گئی ہیں',
  'chat.prompt.notYourFault':
    'یہ آپ کی غلطی نہیں ہے۔ ایسا کرنے والے لوگ اسے عام سی بات بنا کر دکھانے میں ماہر ہوتے ہیں۔ آپ آرام سے سوچیں، جواب دینا ضروری نہیں۔',
  'chat.prompt.ok': 'میں ٹھیک ہوں',
  'chat.prompt.block': 'بلاک اور رپورٹ کیسے کریں',
  'chat.prompt.help': 'کسی سے بات کریں',
  'chat.prompt.why': 'یہ مجھے کیوں دکھایا جا رہا ہے؟',
  'chat.prompt.known': 'میں اس شخص کو جانتا/جانتی ہوں',
  'chat.prompt.close': 'بند کریں',
  'chat.prompt.whyText':
    'حفاظت صرف اسی ڈیوائس پر چیٹ پڑھتا ہے اور ایسے انداز دیکھتا ہے جو بچوں کو نقصان پہنچانے والے لوگ اکثر اپناتے ہیں۔ یہ آپ کے پیغامات کہیں نہیں بھیجتا اور اس شخص کو کبھی نہیں بتاتا۔ آپ کے والدین صرف یہ دیکھتے ہیں کہ ایک پیغام دکھایا گیا، یہ نہیں کہ کیا بات ہوئی۔',
  'chat.prompt.helpIntro':
    'آپ اپنے والدین، استاد یا کسی اور بھروسے والے بڑے سے بات کر سکتے ہیں۔ آپ یہاں فون یا رابطہ بھی کر سکتے ہیں:',
  'chat.prompt.reportNotShare':
    'اگر کسی نے آپ کو ایسی تصویر یا ویڈیو بھیجی جس سے آپ پریشان ہوئے تو اسے آگے نہ بھیجیں، کسی کو دکھانے کے لیے بھی نہیں۔ اس کے بجائے ایپ اور ہیلپ لائن پر رپورٹ کریں۔',
  'chat.prompt.announce': 'حفاظت نے اس چیٹ کے ساتھ آپ کے لیے ایک نجی پیغام رکھا ہے۔',
  'chat.help.whatsapp': 'چیٹ کھولیں، اوپر رابطے کے نام پر ٹیپ کریں، پھر Block اور Report چنیں۔',
  'chat.help.instagram': 'چیٹ میں اوپر نام پر ٹیپ کریں، پھر Block یا Report چنیں۔',
  'chat.help.messenger': 'چیٹ میں اوپر نام کھولیں، پھر Block اور پھر Report چنیں۔',
  'chat.help.discord':
    'ان کے نام پر رائٹ کلک کریں یا دبا کر رکھیں، Block چنیں؛ رپورٹ کے لیے ان کا پروفائل کھولیں۔',
  'chat.help.telegram': 'چیٹ کے اوپر سے ان کا پروفائل کھولیں، پھر Block user اور Report چنیں۔',
  'chat.help.snapchat': 'ان کے نام کو دبا کر رکھیں، Manage Friendship چنیں، پھر Block یا Report۔',
  'chat.help.generic': 'چیٹ میں اس شخص کا نام یا مینو تلاش کریں، پھر Block اور Report چنیں۔',
  'chat.nudge.text': 'آپ اس شخص سے آن لائن ملے ہیں۔ کیا آپ واقعی یہ بتانا چاہتے ہیں؟',
  'chat.nudge.dismiss': 'ٹھیک ہے',
};
