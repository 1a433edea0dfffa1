/** Urdu twin of dashboard.en.ts (same keys and placeholders; tests/unit/i18n.test.ts checks). */
import type { dashboardEn } from './dashboard.en';

export const dashboardUr: Record<keyof typeof dashboardEn, string> = {
  'nav.digest': 'ہفتہ وار خلاصہ',
  'nav.pin': 'والدین کا PIN',

  'summary.headline': 'یہ عرصہ، پچھلے عرصے کے مقابلے میں',
  'summary.tableView': 'جدول کی صورت میں دکھائیں',
  'summary.range.today': 'آج، {day}، کل کے مقابلے میں',
  'summary.range.days': '{from} سے {to} تک، اس سے پہلے کے اتنے ہی دنوں کے مقابلے میں',
  'summary.col.what': 'کیا',
  'summary.col.current': 'یہ عرصہ',
  'summary.col.previous': 'پچھلا عرصہ',
  'summary.col.trend': 'فرق',
  'summary.col.category': 'زمرہ',
  'summary.col.signal': 'خطرے کی علامت',
  'summary.col.total': 'کل',
  'summary.col.day': 'دن',
  'summary.kind.block': 'بند کی گئی کوششیں',
  'summary.kind.safe_search': 'محفوظ رکھی گئی تلاشیں',
  'summary.kind.chat_prompt': 'چیٹ کی حفاظت کے پیغامات',
  'summary.kind.chat_nudge': 'ذاتی معلومات بتانے سے پہلے یاد دہانیاں',
  'summary.kind.access_request': 'اجازت کی درخواستیں',
  'summary.kind.time_online': 'آن لائن وقت',
  'summary.kind.protection_gap': 'جب حفاظت چل نہیں رہی تھی',
  'summary.trend.same': 'پہلے جتنا',
  'summary.trend.new': 'پچھلے عرصے میں کوئی نہیں',
  'summary.trend.up': '{percent}٪ زیادہ',
  'summary.trend.down': '{percent}٪ کم',
  'summary.duration.hm': '{hours} گھنٹے {minutes} منٹ',
  'summary.duration.m': '{minutes} منٹ',
  'summary.none': 'اس عرصے میں کچھ نہیں۔',
  'summary.uncategorized': 'دوسری ویب سائٹس',
  'summary.section.block': 'زمرے کے لحاظ سے بند کی گئی کوششیں',
  'summary.section.safe_search': 'سرچ انجن کے لحاظ سے محفوظ رکھی گئی تلاشیں',
  'summary.section.chat': 'خطرے کی علامت کے لحاظ سے چیٹ کی حفاظت کے پیغامات',
  'summary.section.chat_nudge': 'معلومات کی قسم کے لحاظ سے بتانے سے پہلے کی یاد دہانیاں',
  'summary.section.access': 'اجازت کی درخواستیں',
  'summary.section.time_online': 'زمرے کے لحاظ سے آن لائن وقت',
  'summary.section.days': 'دن بہ دن',
  'summary.chat.help':
    'جب کسی نئے شخص کے ساتھ چیٹ میں کوئی جانی پہچانی خطرے کی علامت نظر آئے تو ایک پیغام دکھایا جاتا ہے۔ الفاظ کبھی محفوظ نہیں ہوتے: صرف علامت کی قسم اور آپ کے بچے کا انتخاب۔',
  'summary.chat.choices': 'آپ کے بچے نے یہ چنا:',
  'summary.time.help':
    'کمپیوٹر استعمال ہونے کے دوران ویب سائٹس پر گزارا گیا وقت، زمرے کے لحاظ سے۔ جو سائٹس کسی زمرے میں نہیں وہ "دوسری ویب سائٹس" میں اکٹھی گنی جاتی ہیں؛ ان کے نام کبھی محفوظ نہیں ہوتے۔',
  'summary.access.waiting': 'ابھی جواب کی منتظر',
  'summary.access.asked': 'اس عرصے میں مانگی گئیں',
  'summary.access.approved': 'اجازت دی گئی',
  'summary.access.declined': 'ابھی نہیں',
  'summary.choice.ok': 'کہا کہ سب ٹھیک ہے',
  'summary.choice.block_report': 'بلاک یا رپورٹ کیا',
  'summary.choice.help': 'مدد مانگی',
  'summary.choice.why': 'وجہ پوچھی',
  'summary.choice.dismissed': 'پیغام بند کر دیا',
  'summary.choice.none': 'کوئی جواب نہیں',
  'summary.signal.secrecy': 'راز رکھنے کو کہنا',
  'summary.signal.isolation': 'قریبی لوگوں سے دور کرنا',
  'summary.signal.platform_switch': 'کسی اور ایپ پر لے جانا',
  'summary.signal.personal_info': 'ذاتی معلومات مانگنا',
  'summary.signal.alone_check': 'یہ پوچھنا کہ کیا وہ اکیلے ہیں',
  'summary.signal.image_request': 'تصویر یا کیمرہ مانگنا',
  'summary.signal.gifts_money': 'تحفے یا پیسوں کی پیشکش',
  'summary.signal.meeting': 'ملنے کی بات',
  'summary.signal.age_relationship': 'عمر یا رومانوی باتیں',
  'summary.signal.flattery': 'حد سے زیادہ تعریف',
  'summary.signal.coercion': 'دباؤ یا دھمکیاں',
  'summary.signal.self_disclosure': 'اپنی ذاتی معلومات بتانا',
  'summary.disclosure.phone': 'فون نمبر',
  'summary.disclosure.email': 'ای میل پتہ',
  'summary.disclosure.handle': 'اکاؤنٹ کا نام',
  'summary.disclosure.address': 'گھر کا پتہ',
  'summary.disclosure.school': 'اسکول',
  'summary.disclosure.age': 'عمر',
  'summary.disclosure.alone': 'گھر پر اکیلے ہونا',

  'digest.title': 'ہفتہ وار خلاصہ',
  'digest.range': '{from} سے {to} تک، پچھلے ہفتے کے مقابلے میں',
  'digest.blocks': 'بند کی گئی کوششیں: {count} ({trend})۔',
  'digest.most': 'سب سے زیادہ: {category} ({value})۔',
  'digest.searches': 'محفوظ رکھی گئی تلاشیں: {count} ({trend})۔',
  'digest.chat': 'چیٹ کی حفاظت کے پیغامات: {count} ({trend})۔',
  'digest.chatChoices': 'آپ کے بچے نے یہ چنا: {choices}۔',
  'digest.access':
    'اجازت کی درخواستیں: {asked} مانگی گئیں، {approved} کی اجازت دی گئی، {declined} کو ابھی نہیں کہا گیا؛ {waiting} آپ کے جواب کی منتظر ہیں۔',
  'digest.time': 'آن لائن وقت: {duration} ({trend})۔',
  'digest.gaps': 'حفاظت {count} بار نہیں چل رہی تھی۔',
  'digest.talk.title': 'بات کرنے کے قابل باتیں',
  'digest.talk.chat':
    'چیٹ کی حفاظت کے پیغامات آئے تھے۔ کسی پُرسکون وقت میں پوچھیں کہ نئے لوگوں سے بات چیت کیسی جا رہی ہے، مگر پیغامات پڑھنے کو نہ کہیں۔',
  'digest.talk.help':
    'آپ کے بچے نے ایک پیغام سے مدد مانگی۔ نرمی سے حال پوچھیں اور بات کرنے پر شکریہ ادا کریں: یہی چیز انہیں محفوظ رکھتی ہے۔',
  'digest.talk.blocks':
    'زیادہ تر بند صفحات {category} کے تھے۔ پوچھیں کہ وہ کیا ڈھونڈ رہے تھے؛ اکثر یہ کسی دوست کا بھیجا ہوا لنک یا کوئی گیم ہوتا ہے۔',
  'digest.talk.waiting': '{count} درخواستیں آپ کے جواب کی منتظر ہیں۔',
  'digest.talk.gaps':
    'حفاظت کچھ دیر نہیں چل رہی تھی۔ اکثر کمپیوٹر بس بند ہوتا ہے؛ تسلی کے لیے حفاظت کی جانچ دیکھ لیں۔',
  'digest.talk.quiet':
    'ایک پُرسکون ہفتہ۔ یہ بتانے کا اچھا موقع ہے کہ اگر آن لائن کوئی چیز انہیں پریشان کرے تو وہ ہمیشہ آپ کے پاس آ سکتے ہیں۔',
  'digest.toRequests': 'درخواستوں کا جواب دیں',
  'digest.export.title': 'خلاصہ ایکسپورٹ کریں',
  'digest.export.help':
    'اسکرین والے وہی اعداد ڈاؤن لوڈ کریں، اسپریڈشیٹ (CSV) یا ڈیٹا (JSON) کی صورت میں۔ صرف زمرے اور گنتی۔',
  'digest.export.period': 'ایکسپورٹ کا عرصہ',
  'digest.export.csv': 'CSV ڈاؤن لوڈ کریں',
  'digest.export.json': 'JSON ڈاؤن لوڈ کریں',
  'digest.delete.title': 'ساری تاریخ مٹائیں',
  'digest.delete.help':
    'خلاصے کی ساری گنتی، جواب دی گئی اجازت کی درخواستیں اور "یہ غلط لگتا ہے" والی رپورٹس مٹ جاتی ہیں۔ ترتیبات، PIN، منتظر درخواستیں اور آپ کی دی ہوئی اجازتیں ویسی ہی رہتی ہیں۔',
  'digest.delete.unlock': 'تاریخ مٹانے کے لیے والدین کے PIN سے کھولیں۔',
  'digest.delete.button': 'ساری تاریخ مٹائیں…',
  'digest.delete.confirm': 'کیا ابھی ساری تاریخ مٹا دیں؟ یہ واپس نہیں ہو سکتا۔',
  'digest.delete.yes': 'ہاں، مٹا دیں',
  'digest.delete.done': 'تاریخ مٹا دی گئی۔',

  'onboarding.title': 'حفاظت میں خوش آمدید',
  'onboarding.progress': 'مرحلہ {step} از {total}',
  'onboarding.step.language': 'زبان',
  'onboarding.step.age': 'بچے کی عمر',
  'onboarding.step.pin': 'والدین کا PIN',
  'onboarding.step.review': 'کیا آن ہے',
  'onboarding.step.lists': 'بڑی فہرستیں',
  'onboarding.step.privacy': 'رازداری',
  'onboarding.next': 'آگے',
  'onboarding.back': 'پیچھے',
  'onboarding.skip': 'سیٹ اپ چھوڑ دیں',
  'onboarding.finish': 'ڈیش بورڈ کھولیں',
  'onboarding.language.title': 'حفاظت کون سی زبان استعمال کرے؟',
  'onboarding.age.title': 'آپ کے بچے کی عمر کیا ہے؟',
  'onboarding.age.help':
    'عمر کے مطابق مناسب ترتیبات چنی جاتی ہیں: سب سے چھوٹی عمر کو سب سے زیادہ حفاظت ملتی ہے۔ آپ بعد میں کچھ بھی بدل سکتے ہیں۔',
  'onboarding.age.band': '{band} سال',
  'onboarding.age.blocks': 'بند: {categories}',
  'onboarding.age.none': 'ابھی نہیں: محفوظ بنیادی ترتیبات رہنے دیں',
  'onboarding.pin.title': 'والدین کا PIN منتخب کریں',
  'onboarding.pin.help':
    'صرف PIN جاننے والا ہی ترتیبات بدل سکتا ہے، درخواستوں کا جواب دے سکتا ہے یا حفاظت روک سکتا ہے۔ اب تک کے آپ کے انتخاب PIN طے ہوتے ہی محفوظ ہو جائیں گے۔',
  'onboarding.pin.save': 'محفوظ کریں اور آگے بڑھیں',
  'onboarding.review.title': 'اس وقت یہ سب آن ہے',
  'onboarding.review.retention': 'تاریخ {days} دن رکھی جاتی ہے، پھر مٹا دی جاتی ہے۔',
  'onboarding.review.change': 'آپ ان میں سے کچھ بھی ترتیبات میں بدل سکتے ہیں۔',
  'onboarding.lists.title': 'کیا بڑی عوامی فہرستیں ڈاؤن لوڈ کی جائیں؟',
  'onboarding.lists.help':
    'حفاظت کے ساتھ چھوٹی اندرونی فہرستیں آتی ہیں۔ دوسروں کی شائع کردہ عوامی فہرستوں میں لاکھوں مزید سائٹس ہیں، اور وہ کہیں زیادہ سائٹس بند کرتی ہیں۔',
  'onboarding.lists.choice': 'ہاں، بڑی فہرستیں ڈاؤن لوڈ کریں اور انہیں تازہ رکھیں',
  'onboarding.lists.which': 'کون سی فہرستیں ({count})',
  'onboarding.lists.network':
    'ہاں کہنے پر یہ براؤزر روزانہ تقریباً ایک بار فہرستیں ان کے ناشرین سے (GitHub اور ایسی ہی سائٹس سے) ڈاؤن لوڈ کرے گا۔ آپ کے خاندان کے بارے میں کچھ نہیں بھیجا جاتا۔ جب تک آپ نہ چنیں، یہ بند رہتا ہے۔',
  'onboarding.privacy.time':
    'آن لائن وقت صرف کمپیوٹر استعمال ہونے کے دوران، زمرے کے لحاظ سے گنا جاتا ہے: "آن لائن گیمز پر 40 منٹ"۔ سائٹس کے نام کبھی محفوظ نہیں ہوتے۔',
  'onboarding.skipped.title': 'سیٹ اپ چھوڑ دیا گیا',
  'onboarding.skipped.body':
    'حفاظت اپنی محفوظ بنیادی ترتیبات کے ساتھ آن ہے: محفوظ تلاش، یوٹیوب کا محدود موڈ، اور بالغوں کا مواد، جوا، اجنبیوں سے ویڈیو چیٹ اور پراکسی بند۔ جلد ہی والدین کا PIN طے کر لیں تاکہ کوئی اور انہیں بدل نہ سکے۔',
  'onboarding.skipped.resume': 'ابھی سیٹ اپ کریں',
  'onboarding.skipped.dashboard': 'ڈیش بورڈ پر جائیں',
  'onboarding.banner':
    'حفاظت اپنی محفوظ بنیادی ترتیبات کے ساتھ آن ہے۔ سیٹ اپ مکمل کرنے کے لیے والدین کا PIN منتخب کریں۔',
  'onboarding.banner.link': 'سیٹ اپ مکمل کریں',

  'pinpage.title': 'والدین کا PIN',
  'pinpage.intro':
    'PIN ترتیبات، درخواستوں کے جواب اور وقفوں کی حفاظت کرتا ہے۔ کھولنے کے بعد اگر 10 منٹ تک استعمال نہ ہو تو حفاظت خود دوبارہ بند ہو جاتا ہے۔',
  'pinpage.change.title': 'PIN بدلیں',
  'pinpage.change.submit': 'PIN بدلیں',
  'pinpage.change.done': 'PIN بدل دیا گیا ہے۔',
  'pinpage.forgot.title': 'PIN بھول گئے؟',
  'pinpage.forgot.home':
    'کوئی ایسا بحالی کا سوال نہیں جس کا جواب بچہ دے سکے۔ براؤزر سے حفاظت ہٹا کر دوبارہ انسٹال کریں: اس سے اس کی ترتیبات اور تاریخ مٹ جاتی ہیں اور آپ نئے سرے سے شروع کرتے ہیں۔',
  'pinpage.forgot.school': 'اسکول کی ڈیوائس پر اسکول سے پوچھیں: فیصلہ اس کی پالیسی کرتی ہے۔',
  'pinpage.forgot.schoolCan': '{org} اس ڈیوائس پر PIN دوبارہ ترتیب دے سکتا ہے۔',

  'lockdown.title': 'گھر پر براؤزر کو محفوظ بنانا',
  'lockdown.intro':
    'گھر کے کمپیوٹر پر PIN صرف ایک رکاوٹ ہے، تالا نہیں۔ یہ اقدامات حفاظت سے بچ نکلنے کے آسان راستے بند کرتے ہیں۔ اپنے بچے کو ان کے بارے میں ایمانداری سے بتائیں۔',
  'lockdown.account.title': 'کمپیوٹر پر اس کا اپنا اکاؤنٹ، ایڈمن اختیارات کے بغیر',
  'lockdown.account.body':
    'کمپیوٹر پر اپنے بچے کو عام (ایڈمنسٹریٹر نہیں) اکاؤنٹ دیں۔ ایڈمن اختیارات کے بغیر وہ دوسرے براؤزر انسٹال نہیں کر سکتا اور نہ سسٹم کی ترتیبات بدل سکتا ہے۔ یہ نیچے دی گئی ہر بات سے زیادہ اہم ہے۔',
  'lockdown.incognito.title': 'نجی (incognito) ونڈوز',
  'lockdown.incognito.body':
    'حفاظت نجی ونڈوز میں صرف اجازت ملنے پر کام کرتا ہے: ایکسٹینشن کی تفصیلات میں "Allow in Incognito" آن کریں۔ حفاظت کی جانچ بتاتی ہے کہ یہ آن ہے یا نہیں۔',
  'lockdown.guest.title': 'مہمان موڈ',
  'lockdown.guest.body':
    'مہمان ونڈو میں کوئی ایکسٹینشن نہیں ہوتی۔ براؤزر خود مہمان موڈ بند نہیں کر سکتا؛ نیچے دی گئی براؤزر پالیسی کر سکتی ہے۔',
  'lockdown.profiles.title': 'براؤزر کی دوسری پروفائلز',
  'lockdown.profiles.body':
    'نئی پروفائل حفاظت کے بغیر شروع ہوتی ہے۔ جو بھی پروفائل آپ کا بچہ کھول سکتا ہے اس میں حفاظت انسٹال کریں، یا براؤزر پالیسی سے نئی پروفائلز بنانا بند کر دیں۔',
  'lockdown.developer.title': 'ڈیولپر موڈ اور ایکسٹینشن ہٹانا',
  'lockdown.developer.body':
    'کوئی بھی ایکسٹینشن ہٹا سکتا ہے، یا ڈیولپر موڈ سے اس کی محفوظ ترتیبات بدل سکتا ہے۔ حفاظت اکیلے یہ نہیں روک سکتا؛ آپ کو یہ حفاظت کی جانچ میں ایک وقفے کی صورت میں نظر آئے گا۔',
  'lockdown.policy.title': 'اصل تالا: براؤزر پالیسی',
  'lockdown.policy.body':
    'کروم اور ایج کمپیوٹر کے ایڈمنسٹریٹر کی طے کردہ پالیسیاں مانتے ہیں: حفاظت کو لازمی انسٹال رکھیں، مہمان موڈ، نئی پروفائلز اور ڈیولپر ٹولز بند کریں، اور نجی ونڈوز پر بھی یہی اصول لاگو کریں۔ اسکول یہی طریقہ استعمال کرتے ہیں؛ ایڈمن اختیارات رکھنے والے والدین بھی کر سکتے ہیں (docs/parents.md دیکھیں)۔',
  'lockdown.honest':
    'ایک عام پروفائل یہ نہیں روک سکتی: ایڈمن اختیارات والا نوجوان، کوئی دوسرا براؤزر، کوئی دوسری ڈیوائس یا موبائل ڈیٹا۔ حفاظت سب سے بہتر بھروسے اور بات چیت کے ساتھ کام کرتی ہے، صرف ترتیبات سے نہیں۔',

  'teen.paused':
    'آپ کے والدین نے {time} تک کچھ پابندیاں روک دی ہیں۔ محفوظ تلاش اور بنیادی حفاظت آن رہتی ہیں۔',
  'teen.why.safeSearch': 'سرچ انجن فحش نتائج اور تصاویر چھپا دیتے ہیں۔',
  'teen.why.youtube': 'یوٹیوب بالغوں کے لیے نشان زدہ ویڈیوز چھپا دیتا ہے۔',
  'teen.why.engines': 'جو سرچ انجن فحش نتائج نہیں چھپا سکتے وہ بند ہیں؛ باقی معمول کے مطابق کام کرتے ہیں۔',
  'teen.why.categories':
    'ان زمروں کی سائٹس بند ہیں۔ "یہ صفحہ دستیاب نہیں" والے صفحے سے آپ اپنے والدین سے اجازت مانگ سکتے ہیں۔',
  'teen.why.schedules': 'یہ زمرے صرف انہی اوقات میں بند رہتے ہیں۔',
  'teen.why.blockDomains': 'یہ سائٹس آپ کے والدین یا اسکول نے بند کی ہیں۔',
  'teen.why.allowDomains': 'یہ سائٹس ہمیشہ کھلی رہتی ہیں۔',
  'teen.why.chat':
    'جن لوگوں کو آپ نہیں جانتے ان کے ساتھ چیٹ میں حفاظت آپ کو کسی خطرے کی علامت کے بارے میں پیغام دکھا سکتا ہے۔ آپ کے والدین صرف علامت کی قسم اور آپ کا انتخاب دیکھتے ہیں، پیغامات کبھی نہیں۔',
  'teen.why.retention': 'گنتی {days} دن بعد مٹا دی جاتی ہے۔',
  'teen.why.time':
    'آن لائن وقت صرف زمرے کے لحاظ سے گنا جاتا ہے (مثلاً "آن لائن گیمز")، اور صرف اس وقت جب آپ کمپیوٹر استعمال کر رہے ہوں۔ آپ کے والدین کبھی نہیں دیکھتے کہ آپ نے کون سی سائٹس کھولیں۔',
  'teen.school.managed':
    'یہ ڈیوائس {org} کے زیرِ انتظام ہے۔ جن اصولوں پر اسکول کا نشان ہے وہ اسی کی طرف سے ہیں۔',
  'teen.school.reporting':
    'اسکول کو روزانہ زمروں کے لحاظ سے گنتی ملتی ہے، اوپر والی گنتی کی طرح، کبھی آپ کی کھولی ہوئی سائٹس یا پیغامات نہیں۔',
  'teen.school.noReporting': 'اسکول کو اس ڈیوائس سے کچھ نہیں ملتا۔',

  'popup.paused': 'کچھ پابندیاں رکی ہوئی ہیں',
  'popup.pause.open': 'پابندیاں روکیں…',
  'popup.pause.help':
    'روکنے سے آپ کے چنے ہوئے زمرے اور اوقات کچھ دیر کے لیے کھل جاتے ہیں۔ محفوظ تلاش، اسکول کے اصول اور بنیادی پابندیاں (بالغوں کا مواد، جوا، اجنبیوں سے ویڈیو چیٹ، پراکسی) آن رہتی ہیں۔',
  'popup.pause.for': 'مدت',
  'popup.pause.minutes': '{minutes} منٹ',
  'popup.pause.start': 'روکیں',
  'popup.pause.left': '{time} باقی',
  'popup.pause.end': 'ابھی دوبارہ شروع کریں',
  'popup.pause.noPin': 'پہلے ڈیش بورڈ میں والدین کا PIN طے کریں۔',
};
