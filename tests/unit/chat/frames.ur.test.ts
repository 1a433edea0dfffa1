/**
 * Urdu-script tactic frames, one message at a time: each positive is a tactic said in a way the corpora do not use
 * word for word, and each hard negative is an innocent message that shares its words (family logistics, homework,
 * games, shops, supportive friends, teachers with a class).
 */
import { describe, expect, it } from 'vitest';
import { detectSignals } from '../../../lib/chat';
import type { Category } from '../../../lib/chat';

function categories(text: string, from: 'contact' | 'teen' = 'contact'): Category[] {
  return detectSignals(text, from).map((h) => h.category);
}

const POSITIVE: [Category, string][] = [
  // secrecy, including cover stories
  ['secrecy', 'یہ بات اپنی امی کو ہرگز مت بتانا'],
  ['secrecy', 'ہماری باتیں صرف ہم دونوں جانتے ہیں، ٹھیک؟'],
  ['secrecy', 'گھر پہنچ کر کہہ دینا کہ لائبریری میں دیر ہو گئی'],
  ['secrecy', 'سونے سے پہلے چیٹ کلیئر کر دینا'],
  ['secrecy', 'امی سے بہانہ بنا دینا کہ سہیلی کے گھر ہو'],
  ['secrecy', 'کلاس کی باقی لڑکیوں سے یہ بات شیئر نہ کرنا'],
  // isolation
  ['isolation', 'تمہاری سہیلیاں مطلبی ہیں، بس اپنا کام نکالتی ہیں'],
  ['isolation', 'تمہارے گھر والے تم پر بہت پابندی لگاتے ہیں'],
  ['isolation', 'مجھ سے زیادہ تمہیں کوئی نہیں سمجھ سکتا'],
  ['isolation', 'ان دوستوں سے دور رہو، وہ تمہاری پروا نہیں کرتے'],
  ['isolation', 'صرف مجھ پر بھروسہ کرو'],
  // platform switch
  ['platform_switch', 'ٹیلی گرام پر آ جاؤ، وہاں بات کرتے ہیں'],
  ['platform_switch', 'یہ ایپ سیف نہیں ہے'],
  ['platform_switch', 'مجھے انسٹا پر فالو کرو'],
  // personal information
  ['personal_info', 'اپنی لائیو لوکیشن بھیج دو ذرا'],
  ['personal_info', 'تمہاری چھٹی کتنے بجے ہوتی ہے؟'],
  ['personal_info', 'کس علاقے میں رہتی ہو؟'],
  // alone check
  ['alone_check', 'ابھی کمرے میں کوئی اور تو نہیں؟'],
  ['alone_check', 'امی ابو کب تک واپس آئیں گے؟'],
  ['alone_check', 'خیال رکھنا کوئی جاگ نہ جائے'],
  ['alone_check', 'کوئی تمہارا فون چیک کرتا ہے؟'],
  // image request
  ['image_request', 'ویڈیو چیٹ پر آ جاؤ ابھی'],
  ['image_request', 'ایک سیلفی بھیجو نا'],
  ['image_request', 'بس تمہاری مسکراہٹ دیکھنی ہے'],
  ['image_request', 'کیمرے کے سامنے آ کر بات کرو'],
  // gifts and money
  ['gifts_money', 'تمہیں نیا فون لے کر دوں گا'],
  ['gifts_money', 'ایزی پیسہ پر پانچ ہزار بھیج دوں؟'],
  ['gifts_money', 'تمہارے نمبر پر لوڈ کروا دیا ہے'],
  // meeting
  ['meeting', 'کل ٹیوشن کے بعد رک جانا، ایک کام ہے'],
  ['meeting', 'مال کے گیٹ پر انتظار کروں گا'],
  ['meeting', 'چلو لانگ ڈرائیو پر چلتے ہیں'],
  ['meeting', 'بس اسٹاپ کے پیچھے والی گلی میں آ جانا'],
  // age and relationship
  ['age_relationship', 'میں چھبیس سال کا ہوں'],
  ['age_relationship', 'تمہیں کوئی لڑکا پسند ہے؟'],
  ['age_relationship', 'میری بن جاؤ نا'],
  // flattery
  ['flattery', 'تم بالکل ماڈل جیسی لگتی ہو'],
  ['flattery', 'تم لاکھوں میں ایک ہو'],
  ['flattery', 'تم باقی لڑکیوں جیسی نہیں ہو، سب سے الگ ہو'],
  // coercion
  ['coercion', 'جواب نہیں دیا تو تمہاری تصویریں گروپ میں ڈال دوں گا'],
  ['coercion', 'تمہارے سارے میسجز میرے پاس محفوظ ہیں'],
  ['coercion', 'بلاک کیا تو پورے اسکول کو بتا دوں گا'],
  ['coercion', 'میری بات نہ مانی تو انجام اچھا نہیں ہوگا'],
  ['coercion', 'سکرین شاٹ لے لیے ہیں میں نے'],
  // trusted adults in ordinary words: early before the others, a detour, the parents' routine, a cover story
  ['secrecy', 'گھر پر تفصیل بتانے کی کوئی ضرورت نہیں'],
  ['secrecy', 'اس میں ابو سے پوچھنے والی کیا بات ہے'],
  ['secrecy', 'ہماری دوستی کا تمہارے بھائی کو پتہ نہ چلے'],
  ['secrecy', 'گھر جا کر کہنا کہ اکیڈمی کا ٹائم بدل گیا'],
  ['alone_check', 'تمہاری امی کتنی جلدی سو جاتی ہیں؟'],
  ['alone_check', 'اس وقت دفتر خالی ہوتا ہے، آرام سے بات ہوگی'],
  ['alone_check', 'بس امی کو مت جگانا'],
  ['alone_check', 'وہاں ہمیں کوئی ڈسٹرب نہیں کرے گا'],
  ['alone_check', 'تمہارے ابو صبح جلدی نکل جاتے ہیں؟'],
  ['personal_info', 'صبح تمہیں کون چھوڑنے آتا ہے؟'],
  ['personal_info', 'ایک بار گھر کا ایڈریس کنفرم کر دو'],
  ['meeting', 'کل باقی سب سے آدھا گھنٹہ پہلے آ جانا'],
  ['meeting', 'واپسی پر ذرا گھوم لیں گے'],
  ['meeting', 'رات کو چھت پر آ جانا'],
  ['meeting', 'ہوٹل کی لابی میں انٹرویو ہوگا'],
  ['meeting', 'اکیلی آ سکتی ہو، والدین کو ساتھ لانے کی ضرورت نہیں'],
  ['meeting', 'سوال الگ سے سمجھا دوں گا'],
  ['meeting', 'گاڑی میں بیٹھ جاؤ، میں گھر چھوڑ دیتا ہوں'],
  ['gifts_money', 'آج برگر میری طرف سے'],
  ['gifts_money', 'تمہارے لیے ایک چیز منگوائی ہے'],
  ['gifts_money', 'نیا موبائل دلوا دوں گا'],
  ['age_relationship', 'مجھے انکل مت کہو، نام سے بلایا کرو'],
  ['age_relationship', 'میں تمہیں پسند کرنے لگا ہوں'],
  ['flattery', 'تم دوسروں جیسی نہیں ہو'],
  ['coercion', 'خاموش رہو گی تو سب ٹھیک رہے گا'],
  ['coercion', 'ورنہ قصوروار تم ہی ہو گی'],
  ['coercion', 'محلے میں سب کو خبر ہو جائے گی'],
  ['coercion', 'کوئی تمہاری بات کا یقین نہیں کرے گا'],
  ['coercion', 'تمہاری عزت خاک میں مل جائے گی'],
  ['image_request', 'ایک تصویر بھیجو، دیکھتے ہی ڈیلیٹ کر دوں گا'],
  ['image_request', 'ویڈیو کال پر بس ایک منٹ'],
  ['alone_check', 'ابو رات کو کتنے بجے لوٹتے ہیں؟'],
  ['meeting', 'واپسی پر ذرا لمبا راستہ لیں گے'],
  ['meeting', 'باقی بچوں کے آنے سے پہلے پہنچ جانا'],
  ['meeting', 'امی ابو باہر ہیں تو میں آ جاتا ہوں'],
  ['isolation', 'تمہاری سہیلیاں پیچھے سے تمہارا مذاق اڑاتی ہیں'],
  ['flattery', 'تم جیسی لڑکی میں نے آج تک نہیں دیکھی'],
  ['coercion', 'بات ختم کی تو خود کو نقصان پہنچا لوں گا'],
  ['coercion', 'میں نے تمہاری کال ریکارڈ کر لی ہے'],
  // round 3: the effort nobody at home sees, telling home is pointless, talks that must not leave, the sister's room
  ['isolation', 'تمہاری قابلیت کی اصل قدر صرف میں کرتا ہوں'],
  ['isolation', 'ابو تمہارا ٹیلنٹ دیکھ ہی نہیں سکتے'],
  ['isolation', 'امی کو بتاؤ گی تو وہ تمہارا فون چھین لیں گی'],
  ['isolation', 'الٹا تم پر ہی الزام آئے گا'],
  ['isolation', 'یہ لوگ تمہارے دوست ہیں ہی نہیں'],
  ['isolation', 'سب جلتی ہیں تم سے'],
  ['secrecy', 'ہماری یہ گفتگو کلاس سے باہر نہیں جانی چاہیے'],
  ['secrecy', 'اس ایپ پر میسج خود بخود ڈیلیٹ ہو جاتے ہیں'],
  ['alone_check', 'تمہاری بہن تمہارے کمرے میں سوتی ہے؟'],
  ['alone_check', 'تمہارے ابو تو ہر وقت پاس ہوتے ہیں'],
  ['alone_check', 'لاؤنج سے اٹھ کر اپنے کمرے میں چلی جاؤ'],
  ['flattery', 'تم تو جینیس ہو'],
  ['flattery', 'پورے اسکول میں تم واحد ہو جو یہ سمجھتی ہے'],
  ['flattery', 'تم اپنی کلاس کی باقی لڑکیوں سے کہیں آگے ہو'],
  ['flattery', 'باتوں سے لگتا ہی نہیں کہ تم چودہ کی ہو'],
  ['age_relationship', 'عمر تو بس ایک گنتی ہے'],
  ['age_relationship', 'ہم دونوں ایک دوسرے کو سمجھتے ہیں'],
  ['coercion', 'ایک کلک اور سارا اسکول دیکھ لے گا'],
  ['coercion', 'میرے اتنے احسان ہیں تم پر'],
  ['meeting', 'باقی بچوں کو پہلے اتاروں گا، تمہیں آخر میں'],
  ['alone_check', 'چھ بجے تک سب جا چکے ہوں گے'],
  ['secrecy', 'اس سے کہہ دینا کہ جمعرات کو پیپر ہے'],
  ['isolation', 'گھر والے نہیں دیکھتے کہ تم کتنی محنت کرتی ہو'],
  ['secrecy', 'ہماری باتیں اکیڈمی تک ہی رہیں'],
  ['secrecy', 'ابو کو یہی کہنا کہ گاڑی خراب ہو گئی تھی'],
  ['coercion', 'اپنے خاندان کی عزت کا سوچ لو'],
  ['coercion', 'ورنہ پھر دیکھ لینا'],
  ['coercion', 'میں نے تمہارے لیے کیا کیا نہیں کیا'],
  ['flattery', 'صرف تم سمجھتی ہو کہ میں کیا کہنا چاہتا ہوں'],
  ['image_request', 'کیمرے پر بس دو منٹ آ جاؤ'],
];

const TEEN_POSITIVE: string[] = ['لوکیشن بھیج دی ہے', 'میری عمر چودہ سال ہے', 'میں گھر پر اکیلی ہوں'];

const NEGATIVE: [Category, string][] = [
  ['secrecy', 'کسی کو مت بتانا کہ میں ٹیسٹ میں فیل ہو گئی'],
  ['secrecy', 'امی کو بتا دیا تھا، وہ ناراض نہیں ہوئیں'],
  ['secrecy', 'ابو کی سالگرہ کا سرپرائز ہے، انہیں پتہ نہ چلے'],
  ['secrecy', 'امی سے کہنا میں کھانے پر دیر سے آؤں گا'],
  ['secrecy', 'غلطی سے میسج چلا گیا، ڈیلیٹ کر دو'],
  ['secrecy', 'جھوٹ بولنا بری بات ہے'],
  ['image_request', 'ریاضی کے سوالات والے صفحے کی تصویر بھیج دو'],
  ['image_request', 'نانی سے ویڈیو کال پر بات کر لو، وہ یاد کر رہی ہیں'],
  ['image_request', 'کلاس کے لیے کیمرہ آن رکھیں، حاضری لگے گی'],
  ['platform_switch', 'ہوم ورک کے لیے کلاس کا واٹس ایپ گروپ جوائن کرو'],
  ['platform_switch', 'نوٹس ڈاؤن لوڈ کر لو'],
  ['meeting', 'کل گراؤنڈ پر میچ ہے، پوری ٹیم چار بجے ملے گی'],
  ['meeting', 'ٹیوشن کے بعد سیدھا گھر آ جانا، امی انتظار کر رہی ہیں'],
  ['meeting', 'امی کے ساتھ مال جا رہی ہوں، وہیں ملتے ہیں'],
  ['alone_check', 'گھر پر کوئی ہے؟ آپ کا پارسل آیا ہے'],
  ['alone_check', 'کوئی جاگ رہا ہے؟ سحری کا وقت ہو گیا'],
  ['gifts_money', 'خالہ نے عیدی ایزی پیسہ کر دی ہے'],
  ['gifts_money', 'گیم میں تلوار کے بدلے ڈائمنڈ دوں گا'],
  ['coercion', 'یار غصہ نہ کرو، مذاق کر رہا تھا'],
  ['coercion', 'پیپر اچھا نہیں ہوا یار'],
  ['coercion', 'جلدی کرو، بس نکل جائے گی'],
  ['isolation', 'بری صحبت سے دور رہو بیٹا'],
  ['flattery', 'تمہاری ڈرائنگ بہت پیاری ہے'],
  ['flattery', 'یہ کام جان بوجھ کر کیا تھا؟'],
  ['age_relationship', 'بھائی کتنے سال کا ہو گیا؟'],
  ['personal_info', 'رائیڈر کو ایڈریس بتا دو، پارسل آ رہا ہے'],
  ['personal_info', 'کب فری ہو؟ پروجیکٹ پر کام کرنا ہے'],
  ['personal_info', 'میں نے اپنی لوکیشن بھیج دی ہے، گاڑی سفید ہے'],
  ['platform_switch', 'اپنا رول نمبر بتاؤ، رزلٹ دیکھنا ہے'],
  ['isolation', 'بس میں بیٹھ کر سمجھ آیا کہ کتاب گھر رہ گئی'],
  ['image_request', 'تمہاری تقریر کی ویڈیو دیکھی، بہت اچھی تھی'],
  ['coercion', 'جلدی آؤ ورنہ بس نکل جائے گی'],
  ['secrecy', 'وہ تصویر ڈیلیٹ کرو، میں اس میں عجیب لگ رہا ہوں'],
  // drivers, shops, weddings and family with the same words
  ['meeting', 'وین کل آدھا گھنٹہ پہلے آئے گی، تیار رہنا'],
  ['coercion', 'ابو کو فون کر کے بتا دوں گا کہ وین خراب ہے'],
  ['gifts_money', 'ابو کو فون کر کے بتا دوں گا کہ وین خراب ہے'],
  ['meeting', 'سب سے پہلے ہوم ورک ختم کرو'],
  ['meeting', 'دوسروں سے پہلے اپنا کام جمع کرا دو'],
  ['meeting', 'والدین کو ساتھ لانے کی ضرورت ہے، فارم پر دستخط ہوں گے'],
  ['platform_switch', 'ہمارے یہاں اچھی چوڑیاں نہیں ملتیں'],
  ['image_request', 'مہندی کے ڈانس کی ویڈیو بھیجو'],
  ['gifts_money', 'پیزا میری طرف سے، سالگرہ مبارک ہو'],
  ['meeting', 'کوئی بات نہیں، چھوڑ دو'],
  ['coercion', 'سب کو پتا چل جائے گا کہ تم نے ٹاپ کیا'],
  ['secrecy', 'ٹیوشن کا ٹائم بدل گیا ہے، امی کو بتا دینا'],
  ['alone_check', 'جب کوئی نہیں سنتا تو برا لگتا ہے'],
  ['coercion', 'اس معاملے میں تم ذمہ دار نہیں ہو'],
  ['secrecy', 'ہماری ملاقات کا پتا نہیں کب ہوگی'],
  ['platform_switch', 'ڈیلیوری کے لیے مکمل پتا اور کسی بڑے کا نمبر چاہیے'],
  ['age_relationship', 'تم کیا پسند کرتی ہو، چائے یا کافی؟'],
  ['coercion', 'لوگ کیا کہیں گے، یہ جوڑا پہن لو'],
  ['meeting', 'میں خود سمجھا دوں گی، فکر نہ کرو'],
  ['alone_check', 'وہاں کون ہے؟ آواز آ رہی ہے'],
  ['age_relationship', 'بھائی نہیں آئے، ان کا نام لکھ دو'],
  ['coercion', 'ابو کی عزت کا خیال رکھنا بیٹا'],
  ['image_request', 'غلط گروپ میں گیا، دیکھ کر ڈیلیٹ کر دینا'],
  ['platform_switch', 'آپ کی شکایت کا نمبر 5521 ہے، ای میل پر تفصیل بھیج دیں'],
  ['coercion', 'خود کو نقصان نہ پہنچانا، میں تمہارے ساتھ ہوں'],
  ['coercion', 'میں خود تمہارے ابو کو فون کر لوں گا'],
  ['meeting', 'بارات ہفتے کو ہے، سب جلدی تیار ہو جانا'],
  ['meeting', 'کل کلاس ایک گھنٹہ پہلے شروع ہوگی، سب وقت پر آئیں'],
  ['meeting', 'راستے میں پیٹرول ڈلوانا ہے، پانچ منٹ لگیں گے'],
  ['alone_check', 'دروازہ بند رکھنا اور اپنا خیال رکھنا'],
  ['platform_switch', 'آرڈر کے لیے گھر کے کسی بڑے کا نمبر دے دیں'],
  ['secrecy', 'بات سنو، گھر سے باہر نہ نکلنا آج'],
  ['secrecy', 'ماموں خود ہی غائب ہو گئے'],
  ['secrecy', 'کوئی آپ سے او ٹی پی مانگے تو کسی کو مت بتائیں'],
  ['isolation', 'امی کا خیال صرف میں رکھتا ہوں'],
  ['isolation', 'ٹیچر کو بتایا تو الٹا مجھے ڈانٹ پڑی'],
  ['isolation', 'امی سے بات کرو، وہ ضرور سمجھیں گی'],
  ['flattery', 'تم سب سے الگ بیٹھو'],
  ['coercion', 'کل پوری کلاس تمہاری پریزنٹیشن دیکھ لے گی'],
  ['age_relationship', 'ہم ایک دوسرے کو بچپن سے جانتے ہیں'],
  ['coercion', 'پیزا کے تین سو روپے تم پر ادھار ہیں'],
  ['gifts_money', 'باقی دو سو روپے کل دے دینا'],
  ['platform_switch', 'سکور تو بس ایک نمبر ہے، اگلی بار بہتر ہوگا'],
  ['alone_check', 'گھر پر کوئی بڑا ہے؟ دستخط کرنے ہیں'],
  ['secrecy', 'اپنا پن کوڈ کسی کو مت بتائیں'],
  ['secrecy', 'ہماری بات کل تک ہو جائے گی'],
  ['flattery', 'تم ہی سمجھ لو، مجھے نہیں پتا'],
  ['alone_check', 'کوئی اٹھ کر پانی لے آئے'],
];

describe('Urdu-script frames: a tactic said in new words is found', () => {
  it.each(POSITIVE)('%s: %s', (category, text) => {
    expect(categories(text)).toContain(category);
  });
  it.each(TEEN_POSITIVE)('self_disclosure from the teen: %s', (text) => {
    expect(categories(text, 'teen')).toContain('self_disclosure');
  });
});

describe('Urdu-script frames: an innocent message with the same words is not', () => {
  it.each(NEGATIVE)('%s: %s', (category, text) => {
    expect(categories(text)).not.toContain(category);
  });
  it('a homework photo the teen sends is not self-disclosure', () => {
    expect(categories('ہوم ورک کی تصویر بھیج دی ہے', 'teen')).not.toContain('self_disclosure');
  });
});
