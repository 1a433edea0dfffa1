/**
 * Roman Urdu tactic frames, one message at a time: a frame fires for the tactic however it is worded (positive), and
 * an innocent message with the same words does not (hard negative). Written fresh, not taken from the corpora.
 */
import { describe, expect, it } from 'vitest';
import { detectSignals } from '../../../lib/chat';
import type { Category } from '../../../lib/chat';

function categories(text: string): Category[] {
  return detectSignals(text, 'contact').map((h) => h.category);
}

/** Hits of this lexicon only (the other lexicons have their own frame tests). */
function romanUrCategories(text: string): Category[] {
  return detectSignals(text, 'contact')
    .filter((h) => h.entry.startsWith('roman-ur.'))
    .map((h) => h.category);
}

const POSITIVE: [Category, string][] = [
  // round 6: face pics for a clan, "only I'm honest with you", "be mine", age brushed off, a gift sent, rides, rooms
  ['image_request', 'team mein entry ke liye apni face wali pic chahiye'],
  ['image_request', 'asli tasveer bhejo, fake log bohat hain'],
  ['image_request', 'verification ke liye ek selfie do'],
  ['image_request', 'real pic do warna clan mein entry nahi'],
  ['image_request', 'marksheet ke saath ek tasveer bhi, apni wali'],
  ['isolation', 'sirf main hi tum se sach bolta hoon'],
  ['isolation', 'tumhari saheliyan peeth peeche hansti hain'],
  ['age_relationship', 'meri ho jao na'],
  ['age_relationship', 'choti ho to kya hua, umar se kuch nahi hota'],
  ['gifts_money', 'jazzcash kar diye hain, kuch acha le lena'],
  ['gifts_money', 'tumhare number pe load dal diya'],
  ['personal_info', 'van se aati ho ya rickshaw pe jati ho?'],
  ['personal_info', 'apna address aur abbu ka cnic bhej do'],
  ['alone_check', 'bhai ko kamre se bahar bhej do zara'],
  ['alone_check', 'ammi ko kaho room se chali jayen'],
  ['secrecy', 'ye mat batana ke hum kahan gaye the'],
  ['secrecy', 'ammi ko is mein involve mat karo'],
  ['meeting', 'pizza khane chalenge, sirf tum aur main'],
  // round 5: treats at the school gate, morphing threats, authorities, "they don't care", separate training
  ['personal_info', 'chutti pe kaunsa gate use karti ho?'],
  ['gifts_money', 'chutti ke baad pizza khila dunga tumhe'],
  ['meeting', 'kal academy ke bahar aa jaunga, wahin milna'],
  ['meeting', 'bus stop se le lunga tumhe, fikar na karo'],
  ['meeting', 'Sunday ko alag se training karenge, sirf hum'],
  ['isolation', 'tumhare ghar walon ko to farq hi nahi padta'],
  ['flattery', 'jo baat tum mein hai wo kisi aur mein nahi'],
  ['coercion', 'tumhari pic edit karke har jagah viral kar dunga'],
  ['coercion', 'FIA mein complaint karwa dunga, dekh lena'],
  ['coercion', 'ab ehsan faramosh ban rahi ho'],
  // secrecy: direct, indirect, cover stories, "between us"
  ['secrecy', 'apni saheliyon ko hamari baatein mat bataya karo'],
  ['secrecy', 'unhein kuch mat batana abhi'],
  ['secrecy', 'class mein kisi ko is ka zikr na karna'],
  ['secrecy', 'dhyan rakhna ghar walon ko shak na ho'],
  ['secrecy', 'ammi poochein to keh dena library mein der ho gayi'],
  ['secrecy', 'ghar pe bol dena ke practice late khatam hui'],
  ['secrecy', 'ye baat yahin tak rakhna'],
  ['secrecy', 'ye hamari baat hai, theek?'],
  ['secrecy', 'koi uth na jaye, aahista type karna'],
  ['secrecy', 'abbu ko kya batana, wo bekar mein pareshan honge'],
  ['secrecy', 'naye tuition ka walidain ko batane ki zaroorat nahi'],
  // isolation
  ['isolation', 'tumhare ghar wale tumhari qadar hi nahi karte'],
  ['isolation', 'un larkon ke sath kyun ghoomti ho, wo tumhare level ke nahi'],
  ['isolation', 'jo bhi ho seedha mujhe batana, kisi aur ko nahi'],
  ['isolation', 'main hi tumhe asal mein samajhta hoon'],
  ['isolation', 'unki samajh mein tumhari baatein kabhi nahi aayengi'],
  ['isolation', 'saheliyan tumhari sachi dost nahi hain'],
  ['isolation', 'tumhari dost tumse jealous hai bas'],
  // platform switch
  ['platform_switch', 'telegram pe aa jao, wahan aaram se baat hogi'],
  ['platform_switch', 'ye baat yahan nahi, insta pe bataunga'],
  // personal info
  ['personal_info', 'aap kis stop pe utarti ho?'],
  ['personal_info', 'waise kahan se ho tum?'],
  ['personal_info', 'apna address kya hai?'],
  // alone check
  ['alone_check', 'ghar pe dopahar mein kaun hota hai?'],
  ['alone_check', 'tumhare kamre mein koi aata hai?'],
  // image request
  ['image_request', 'kemra on karo na ek minute'],
  ['image_request', 'raat ko video call karenge'],
  ['image_request', 'apni ek nayi selfie bhejo'],
  ['image_request', 'bas tumhari smile dekhni hai'],
  // gifts / money
  ['gifts_money', 'result acha aya to treat dunga'],
  ['gifts_money', 'tumhare liye balance dalwa diya hai'],
  ['gifts_money', 'mubarak ho, lucky draw mein tumhara inaam nikla hai'],
  // meeting
  ['meeting', 'test ke baad ruk jana, alag se samjha dunga'],
  ['meeting', 'park ke gate pe 5 baje wait karunga'],
  ['meeting', 'kisi ko sath lane ki zaroorat nahi, bas tum aana'],
  ['meeting', 'chalo kabhi coffee pe chalte hain'],
  ['meeting', 'tumhe apni gaari mein ghumane le jaunga'],
  ['meeting', 'kal wahin milta hoon tumhe'],
  // flattery
  ['flattery', 'tumhari awaz bohat meethi hai'],
  ['flattery', 'tum se baat karke bara sukoon milta hai'],
  ['flattery', 'tum apni umar se bohat aage ho'],
  ['flattery', 'tumhari bowling zabardast hai yaar'],
  // coercion
  ['coercion', 'agar block kiya to pachtaogi'],
  ['coercion', 'agar mujh pe bharosa hai to bhej do'],
  ['coercion', 'abbu ko bataya to ye screenshots sab ko bhejunga'],
  ['coercion', 'tumhari pics poore school ko dikhaunga'],
  ['coercion', 'maine tumhare liye kya kuch nahi kiya'],
  // round 2: trusted adults' tactics said in ordinary words (van driver, tutor, neighbour, coach, scams)
  ['meeting', 'kal saarhe teen baje aa jana, baqi bachay paanch baje pohanchte hain'],
  ['meeting', 'aadha ghanta pehle aa jana, aaram se kaam karenge'],
  ['meeting', 'sirf tumhe chuna hai, baqi kisi ko nahi bulaya'],
  ['meeting', 'wapsi pe thora chakkar laga lenge'],
  ['meeting', 'raat ko sab ke sone ke baad chhat pe aa jana'],
  ['meeting', 'akeli aa sakti ho, walidain ki zaroorat nahi'],
  ['meeting', 'audition shaam ko hotel ke room mein hoga'],
  ['meeting', 'بس tum aur main, koi teesra nahi'],
  ['alone_check', 'us waqt office mein koi nahi hota'],
  ['alone_check', 'office khaali hota hai jumme ko'],
  ['alone_check', 'wahan koi disturb nahi karega'],
  ['alone_check', 'tumhare abbu der se aate hain na?'],
  ['alone_check', 'ammi jaldi so jati hain?'],
  ['personal_info', 'roz tumhe kaun chorta hai school?'],
  ['personal_info', 'ghar ka address confirm kar do'],
  ['secrecy', 'ghar mein tafseel dene ki zaroorat nahi'],
  ['secrecy', 'naye coach ka ghar walon ko batane ki kya zaroorat'],
  ['secrecy', 'abbu ko mat jagana, aahista aana'],
  ['gifts_money', 'burger meri taraf se, tension na lo'],
  ['coercion', 'soch lo, tumhare abbu ki izzat mitti mein mil jayegi'],
  ['coercion', 'poore khandan mein sab ko pata chal jayega'],
  ['coercion', 'phir dekhna log kya kahenge'],
  ['coercion', 'chup rahogi to sab theek rahega'],
  ['coercion', 'phir jo hoga uski zimmedar tum khud ho'],
  ['coercion', 'ek lamhe mein sab barbad ho jayega'],
  ['age_relationship', 'mujhe sir mat bulaya karo'],
  ['age_relationship', 'bas naam se bulao mujhe'],
  ['isolation', 'wo sab jealous hain, unki baat mat suno'],
  ['isolation', 'tumhare walidain ne tumhe qaid kar rakha hai'],
  ['meeting', 'workshop mein sirf students aayenge, parents allowed nahi'],
  ['meeting', 'school ke peeche wali gali mein aa jana'],
  ['alone_check', 'tum sab se aakhir mein utarna, baqi ko pehle chor dunga'],
  ['alone_check', 'mere flat pe aa jao, ghar pe koi nahi hoga'],
  ['flattery', 'tumhare jaisa samajhdar bacha maine kabhi nahi dekha'],
  ['flattery', 'tum mere liye bohat khaas ho'],
  ['coercion', 'kisi ko bataya to teri khair nahi'],
  ['coercion', 'reply nahi kiya to main mar jaunga'],
  ['coercion', 'poori class ko bataunga ke tum mujhse raat ko baat karti ho'],
  ['flattery', 'tumhari awaz sun ke mera mood ban jata hai'],
  // round 3: the other tactics of a conversation, said in ordinary words
  ['isolation', 'sach bataun to main hi hoon jo tumhari itni fikr karta hai'],
  ['isolation', 'tumhari bahen bhi tumhe kabhi nahi samjhegi'],
  ['isolation', 'un saheliyon se dosti khatam karo'],
  ['secrecy', 'meri chat ko kisi saheli ke naam se save karna'],
  ['secrecy', 'insta pe naam kuch fake rakhna'],
  ['secrecy', 'hamari ye baatein kabhi bahar nahi nikalni chahiye'],
  ['secrecy', 'sirf hamare liye ek alag group bana lete hain'],
  ['secrecy', 'call pe awaz halki rakhna'],
  ['alone_check', 'tumhare ghar wale abhi jag rahe hain?'],
  ['alone_check', 'baaki sab offline ho gaye, ab bolo'],
  ['alone_check', 'apne kamre mein ja kar baitho phir baat karte hain'],
  ['alone_check', 'tumhari ammi bhi instagram follow karti hain?'],
  ['alone_check', 'wahan jo marzi likho, koi nahi dekhega'],
  ['alone_check', 'bhai tumhare saath kamre mein sota hai?'],
  ['alone_check', 'pehle Hira ko chorunga, tumhe sab se last'],
  ['coercion', 'tumhari recordings abhi bhi mere paas save hain'],
  ['coercion', 'jo clips tumne bheji thi wo sab group mein daal dunga'],
  ['platform_switch', 'ye baat idhar nahi, telegram pe batata hoon'],
  ['gifts_money', 'tumhe naye kapre chahiye? bolo'],
  // round 4: the frame behind a writer's wording, said other ways
  ['alone_check', 'jab ghar wale so jayen tab message karna'],
  ['secrecy', 'unko batane ki kya zaroorat hai, chhoti si baat hai'],
  ['secrecy', 'tumhare bhai ko khabar hone ki zaroorat nahi'],
  ['secrecy', 'abbu ke samne isko bara masla mat banana'],
  ['secrecy', 'koi pooche to keh dena cousin ne diya hai'],
  ['meeting', 'peeche wala gate khula rakhunga, seedha upar aa jana'],
  ['meeting', 'chutti ke baad parking mein aa jana'],
  ['personal_info', 'tumhari stories se lagta hai model town ki ho'],
  ['personal_info', 'tumhara ghar bhi wahin kahin hai?'],
  ['age_relationship', 'umar se kya farq parta hai'],
  ['personal_info', 'aap kaunse college mein ho?'],
  ['image_request', 'paise nahi chahiye, bas do minute video pe aa jao'],
  ['image_request', 'mujhe tumhe dekhna hai bas'],
  ['gifts_money', 'ye purana chor do, tumhe naya le deta hoon'],
  ['gifts_money', 'mere purane headphones tumhe free de dunga'],
  ['platform_switch', 'mera alt account add kar lo'],
  ['platform_switch', 'ye sim sirf mujh se baat ke liye use karna'],
  ['age_relationship', 'umar koi matter nahi karti'],
  ['age_relationship', 'main to tumhara boyfriend hoon na'],
  ['flattery', 'tum itni kind ho, sab se alag'],
  ['isolation', 'ye saheliyan tumhe chor dengi, dekh lena'],
  ['isolation', 'main hi hoon jo hamesha tumhare sath hoon'],
  ['coercion', 'maine tum pe itne paise lagaye aur tum aisi nikli'],
  ['coercion', 'unse dobara baat ki to phir koi nahi hoga tumhare sath'],
  ['coercion', 'aaj ke baad mujh se koi umeed mat rakhna'],
  ['coercion', 'itna sharmao mat, kuch nahi hota'],
  // round 7: trusted adults' quiet logistics (nobody home, which gate/stop, "no need to mention it"), peers compared
  ['alone_check', 'jab ghar pe koi na ho tab aana, araam se baat hogi'],
  ['alone_check', 'jab abbu dukaan pe chale jayen to msg kar dena'],
  ['flattery', 'tumhari soch baqi larkon se kahin aage hai'],
  ['secrecy', 'aur ghar pe iska zikr karne ki zarurat nahi'],
  ['secrecy', 'ye baat dusre bachon se mat karna'],
  ['secrecy', 'bas itna kehna ke sabaq lamba tha'],
  ['gifts_money', 'naya mobile laya hoon tumhare liye'],
  ['coercion', 'principal sahab ko dikha dun to?'],
  ['coercion', 'tumhari video poore school ke paas hogi'],
  ['personal_info', 'konsa stop hai tumhara?'],
  ['personal_info', 'tum kitne baje utarti ho'],
  ['meeting', 'mere kamre mein aa jana'],
];

const NEGATIVE: [Category, string][] = [
  // round 6: shops and uploads asking for photos, friends dropping off, gifts asked for, news of a wedding
  ['image_request', 'ye photo asli hai ya edit ki hui?'],
  ['isolation', 'unhe ghar chor do, main baad mein aata hoon'],
  ['age_relationship', 'meri baat suno zara'],
  ['gifts_money', 'cake ke liye 1000 easypaisa kar dena mujhe'],
  ['gifts_money', 'jazzcash pe fees bhej dein, registration confirm ho jayegi'],
  ['personal_info', 'bus late aati hai aaj kal, sabar karo'],
  ['alone_check', 'bachon ko kamre se bahar bhej do, mehman aa rahe hain'],
  ['secrecy', 'ye mat bolo yaar, tum bohat achi ho'],
  ['secrecy', 'kisi ko pata bhi nahi chala, tum ne kamaal kiya'],
  ['coercion', 'aaj homework na kiya to teacher daantengi'],
  // round 5: service desks confirming details, roll calls, game ids, friends after a show, sibling jokes
  ['personal_info', 'order ke liye address confirm kar dein: ghar 22, gali 4'],
  ['platform_switch', 'sab chat mein apna roll number likh do'],
  ['platform_switch', 'guild id 55120 hai, request bhejo'],
  ['alone_check', 'hazri ho gayi, ab baqi sab camera off kar sakte ho'],
  ['secrecy', 'fikar na karo, kisi ko pata bhi nahi chala ke tum bhooli thi'],
  ['isolation', 'mera bhai bhi aa raha, dono bhai boring ho jayenge'],
  ['coercion', 'match ki photos group mein daal dunga shaam ko'],
  ['meeting', 'kal 4 baje mere ghar aa jao, saath parhenge'],
  // family, friends, school and shops with the same words
  ['secrecy', 'ammi ko mat batana, unki salgirah ka surprise hai'],
  ['secrecy', 'wo photo delete kar do, meri shakal bohat ajeeb aayi hai'],
  ['secrecy', 'kisi ne mujhe nahi bataya ke test kal hai'],
  ['secrecy', 'pata nahi chalega ke kaun jeeta, result kal aayega'],
  ['isolation', 'mujhe ye sawal samajh nahi aata, madad karo'],
  ['isolation', 'wo log tumhara mazak bana rahe the, maine unhe rok diya'],
  ['platform_switch', 'order ke liye walidain ka number chahiye hoga'],
  ['platform_switch', 'admission form pe abbu ka number likhna hai'],
  ['platform_switch', 'main call karunga to bahar aana'],
  ['platform_switch', 'is app pe baat nahi ho rahi, awaz kat rahi hai'],
  ['personal_info', 'live location bhej di hai, main gate pe hoon'],
  ['personal_info', 'delivery ke liye apna address confirm karein'],
  ['alone_check', 'ammi ghar pe hain? biryani le ke aa rahi hoon'],
  ['image_request', 'discord vc join karo, scrims 9 baje hain'],
  ['image_request', 'homework ki pic bhej do, page 12 wala'],
  ['image_request', 'nani se video call kar lo, yaad kar rahi hain'],
  ['meeting', 'tum se baat karke sukoon milta hai'],
  ['meeting', 'class ke baad sab bachay ruk jana, test hai'],
  ['meeting', 'khala ke ghar sab se mil lungi phir'],
  ['coercion', 'quiz mein camera on rakhna warna attempt count nahi hoga'],
  ['coercion', 'jab hansti ho na to pyari lagti ho'],
  ['coercion', 'main class ko bata dunga ke test kal hai'],
  ['coercion', 'jacket pehen lo warna thand lag jayegi'],
  ['coercion', 'sab ko bata dunga ke kal chutti hai'],
  ['coercion', 'agar tum ko apni ammi se pyar hai to unki madad karo'],
  ['coercion', 'galti se block kiya to unblock kar dena'],
  ['coercion', 'agar late hue to principal ke paas naam jayega'],
  ['secrecy', 'mujhe us pe shak nahi hona chahiye tha'],
  ['isolation', 'bas itna hi tha aaj, samajh aaya?'],
  ['isolation', 'dosto ko chhor do, pehle homework karo'],
  ['image_request', 'beta camera on karo, class shuru ho rahi hai'],
  ['image_request', 'sab bachay apni photos bhejein ID card ke liye'],
  ['alone_check', 'raat ko late online mat rehna, subah paper hai'],
  ['gifts_money', 'mera golden sword tumhare pet ke badle de dunga, trade?'],
  // round 2: logistics and services with the same words
  ['platform_switch', 'aap ka complaint number 5521 hai, 48 ghante mein jawab aayega'],
  ['platform_switch', 'paise ammi ke number pe bheje hain, unse le lena'],
  ['personal_info', 'location share kar di hai, gate pe khara hoon'],
  ['personal_info', 'order ke liye ghar ka address confirm kar dein'],
  ['secrecy', 'ammi ko bata dena van ka naya driver kal se aayega'],
  ['secrecy', 'ammi ko batane ki zaroorat hai, wo pareshan hain'],
  ['meeting', 'paper se aadha ghanta pehle aa jana'],
  ['meeting', 'kal free ho? main abhi aata hoon'],
  ['meeting', 'khala ke ghar sab se mil lungi phir'],
  ['alone_check', 'class khaali hai, sir aaj nahi aaye'],
  ['flattery', 'eid mubarak jaan, eidi bhej di hai'],
  ['coercion', 'ab tumhari bari, dice phenko'],
  ['isolation', 'jaise main karta hoon waise karo'],
  ['gifts_money', 'meri taraf se salam kehna'],
  ['alone_check', 'last stop pe utar jana, wahan se rickshaw le lena'],
  ['coercion', 'ye joke sun ke main hans hans ke mar jaunga'],
  ['coercion', 'khair, nahi aa sakti to koi baat nahi'],
  ['coercion', 'log kya kahenge ki parwah mat karo, tum apna kaam karo'],
  ['platform_switch', 'ghar ke kisi bare ka number de dein, bill bhejna hai'],
  // round 3: money collected by a friend, admissions, gaming, family groups
  ['gifts_money', 'cake ke liye 500 easypaisa kar dena mujhe'],
  ['platform_switch', 'fee voucher ke liye guardian ka number chahiye'],
  ['secrecy', 'awaz kam rakho, baby so raha hai'],
  ['alone_check', 'match khatam, sab log offline ho gaye, kal khelenge'],
  ['alone_check', 'mehman chale gaye, ab khana kha lo'],
  ['secrecy', 'group ka naam kuch aur rakh lo'],
  ['meeting', 'kal tuition mein milte hain, register le aana'],
  ['coercion', 'class group mein notes daal dunga'],
  ['coercion', 'ye pic kisne family group mein dali'],
  // round 4: a teacher, siblings, a game trade, a mandi seller, a finder, a helpline
  ['platform_switch', 'report card tumhari ammi ko whatsapp kar diya hai'],
  ['gifts_money', 'wapsi pe mere liye samosay le aana, paise de dunga'],
  ['gifts_money', 'tumhe yaad dila dunga kal'],
  ['coercion', 'jaldi karo warna wo bhi maangega lol'],
  ['image_request', 'video call pe bakra dikha deta hoon, pasand aaye to batana'],
  ['isolation', 'dawai do, abhi daant mein dard hai'],
  ['secrecy', 'ye phone mila tha, number "Ammi" ke naam se save tha'],
  ['coercion', 'agar abbu nahi maane to bhi koi baat nahi'],
  ['coercion', 'sab dost tumhare ghar aa jayenge, phir movie dekhenge'],
  ['meeting', 'main free nahi hoon, kal bata dunga'],
  ['personal_info', 'mera ghar bhi qareeb hai, dukaan ke saath'],
  ['meeting', 'phone pe baat hui thi, darwaza khula tha'],
  ['age_relationship', 'bhai ki umar mein farq hai, wo bara hai'],
  // round 7
  ['secrecy', 'ammi se kehna plate wapis karne ki zaroorat nahi'],
  ['alone_check', 'jab ammi aayen to khana garam kar lena'],
  ['gifts_money', 'naya charger laya hoon, ammi ne kaha tha'],
  ['coercion', 'result sab ke paas hoga kal'],
];

describe('roman urdu frames: positive', () => {
  for (const [category, text] of POSITIVE) {
    it(`${category}: ${text}`, () => {
      expect(categories(text)).toContain(category);
    });
  }
});

describe('roman urdu frames: hard negatives', () => {
  it('does not read "I saw your video" as asking for one', () => {
    expect(romanUrCategories('tumhari video dekhi, bohat achi thi')).not.toContain('image_request');
  });
  it('cancels the gaming voice chat in every lexicon (scrims is a category-wide benign word)', () => {
    expect(categories('discord vc me aa jana, scrims 9 baje')).not.toContain('image_request');
  });
  for (const [category, text] of NEGATIVE) {
    it(`not ${category}: ${text}`, () => {
      expect(romanUrCategories(text)).not.toContain(category);
    });
  }
});
