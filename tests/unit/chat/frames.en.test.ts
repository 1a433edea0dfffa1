/**
 * English tactic frames: each message says a tactic in a wording the corpora do not use, and each hard negative
 * shares its words but is innocent. Single messages through detectSignals, as the contact unless stated.
 */
import { describe, expect, it } from 'vitest';
import { detectSignals } from '../../../lib/chat';

function categories(text: string, from: 'contact' | 'teen' = 'contact'): string[] {
  return detectSignals(text, from).map((h) => h.category);
}

const POSITIVE: [string, string][] = [
  // secrecy
  ['secrecy', 'this stays between you and me, ok?'],
  ['secrecy', "your sister doesn't need to know we talk every night"],
  ['secrecy', 'if your mom asks, say you were studying at sana’s'],
  ['secrecy', 'clear our chat before you sleep'],
  ['secrecy', "don't mention to anyone that i messaged you"],
  ['secrecy', "text me late so your parents don't notice"],
  ['secrecy', 'people would get the wrong idea about us'],
  // isolation
  ['isolation', "your friends are just using you, you don't need them"],
  ['isolation', 'nobody gets you the way i do'],
  ['isolation', 'why do you even tell your mom things, she never listens to you'],
  ['isolation', "you're better off without them"],
  ['isolation', "they'd just judge you, not like me"],
  // platform switch
  ['platform_switch', "let's move this to snap, it's more private"],
  ['platform_switch', 'text me on my other number from now on'],
  // personal info
  ['personal_info', 'what time are you back from tuition?'],
  ['personal_info', 'which area do you live in'],
  // alone check
  ['alone_check', 'who else is awake at your place?'],
  ['alone_check', 'can you talk freely right now?'],
  ['alone_check', 'put your earphones in so nobody hears us'],
  ['alone_check', 'do your parents sleep early?'],
  ['alone_check', "it'd be more fun with just us two"],
  // image request
  ['image_request', 'trade selfies with me?'],
  ['image_request', 'i showed you mine, your turn'],
  ['image_request', 'hop on cam for a sec'],
  // gifts and money
  ['gifts_money', 'i could send you 1000 robux, just say the word'],
  ['gifts_money', "it's my treat, keep your money"],
  // meeting
  ['meeting', "i'll be at the arcade near your school on friday"],
  ['meeting', "i'm in your area tomorrow, we could grab ice cream"],
  ['meeting', 'let me give you a lift home tonight'],
  ['meeting', 'my flat is close to the academy, much quieter there'],
  ['meeting', 'which stop do you get off at?'],
  // age and relationship
  ['age_relationship', "stop calling me uncle, i'm not that old"],
  ['age_relationship', 'how old are you btw? your cousin said 13'],
  // flattery
  ['flattery', 'you always make me smile, honestly'],
  ['flattery', "you're so easy to talk to, not like most girls"],
  ['flattery', "faster than anyone else on the team, you're a natural"],
  // coercion
  ['coercion', 'it would be such a shame if your whole class saw those'],
  ['coercion', 'remember the pics you sent me? stop ignoring me'],
  ['coercion', 'what would your dad say if he saw our chats'],
  ['coercion', 'maybe i should show your principal what you said'],
  ['coercion', 'reply in 10 minutes or i post it'],
  ['coercion', 'after everything i bought you, this is how you repay me'],
  ['coercion', "if you tell anyone i'll say you started it"],
  ['coercion', "send it or i'm telling your brother what you did"],
  ['coercion', "you don't want this getting out, do you?"],
  ['isolation', 'your parents baby you way too much'],
  ['flattery', "you're not a little kid anymore"],
  ['alone_check', 'my parents are out for the weekend, what about yours?'],
  ['alone_check', 'message me once everyone is asleep'],
  // trusted-adult tactics (round 2)
  ['alone_check', 'come about an hour early, before the others'],
  ['alone_check', 'be there at 3, the other kids only come at 5'],
  ['alone_check', "i'll drop the others first, you'll be the last stop"],
  ['alone_check', 'the studio will be empty on sunday, nobody to disturb us'],
  ['alone_check', 'does your father get back late on weekdays?'],
  ['secrecy', 'text quietly so your mother doesnt wake'],
  ['alone_check', "don't wake your mother when you slip out"],
  ['alone_check', "it's only you i invited for the extra session"],
  ['secrecy', 'no need to share the details at home'],
  ['secrecy', "don't mention it at home, ok?"],
  ['secrecy', 'just tell your mother the session got extended'],
  ['personal_info', 'who picks you up after practice these days?'],
  ['meeting', "your parents aren't needed, you can come on your own"],
  ['meeting', 'no need for a guardian to come along'],
  ['meeting', 'the audition is in a hotel lobby downtown'],
  ['meeting', "we'll go round a bit on the way back, my treat"],
  ['meeting', 'come up to the roof after dark'],
  ['coercion', "think about your dad's reputation at the mosque"],
  ['coercion', 'the neighbours will gossip about you for years'],
  ['coercion', 'keep quiet and nothing will happen to you'],
  ['coercion', "say one word otherwise it's on you"],
  ['age_relationship', 'no need to call me sir, just call me by my name'],
  // wording from new writers (round 3)
  ['secrecy', "don't say anything to the other boys, they'll get jealous"],
  ['secrecy', 'keep the shortlist from your friends for now, no need to mention it to them'],
  ['secrecy', 'just tell him there is a rehearsal on thursday'],
  ['secrecy', 'people would misread this, so our chats never leave this phone'],
  ['isolation', 'your folks never notice how hard you try. i do'],
  ['alone_check', "drop the twins first and leave you at the end, you're last"],
  ['alone_check', 'is your mum back before you get home?'],
  ['alone_check', 'the rest will have gone by 4, stay on after'],
  ['alone_check', 'does your brother sleep in your room?'],
  ['alone_check', 'go to your room and then call'],
  ['alone_check', 'we can do it with no distractions this time'],
  ['meeting', 'you stay back then, we can go over it longer'],
  ['meeting', "we'll take the long way round, no hurry"],
  ['flattery', 'only you out of the whole batch got picked'],
  ['flattery', "you're sharper than your brother was at your age"],
  ['flattery', 'bet you look even cuter in person'],
  ['coercion', "i'll share those clips with your whole class"],
  ['coercion', 'after that it is out of my hands'],
  ['personal_info', "what's the house number? the flat number too"],
];

const NEGATIVE: [string, string][] = [
  ['secrecy', "don't tell anyone about the surprise party for abbu"],
  ['secrecy', 'omg delete that pic of me, i look awful'],
  ['image_request', "can you send a photo of today's maths homework"],
  ['alone_check', 'is everyone awake? sehri is ready'],
  ['alone_check', 'put your headphones on, the match stream is loud'],
  ['alone_check', 'your own room looks so tidy now'],
  ['meeting', "i'll be at the library after school for the group project"],
  ['meeting', 'the coach will drop us home after the match'],
  ['meeting', 'which gate does the bus leave from for the trip?'],
  ['meeting', "i'm near the canteen, hurry before the break ends"],
  ['coercion', 'stop ignoring the group chat and vote for the venue'],
  ['coercion', 'remember the notes you sent me? they saved me'],
  ['coercion', "it'd be a shame if you missed the final, it's going to be epic"],
  ['coercion', 'what would your mom like for her birthday?'],
  ['coercion', "if you don't finish it tonight i can send you my notes"],
  ['coercion', 'i will share the slides with everyone after class'],
  ['coercion', "don't be shy, ask questions in class anytime"],
  ['isolation', 'my parents would never understand calculus either lol'],
  ['isolation', 'you can always talk to your mom about it'],
  ['flattery', 'you beat me at chess again lol'],
  ['secrecy', "tell your mom you're doing extra practice, she'll be happy"],
  ['secrecy', 'make sure nobody forgets their water bottle'],
  ['platform_switch', 'add the project files to the class drive'],
  ['gifts_money', "i'll pay you back for the cake tomorrow"],
  ['age_relationship', 'how old is your cousin now?'],
  ['personal_info', 'the courier needs your address for the parcel'],
  ['platform_switch', 'my other phone died, use this number for now'],
  ['coercion', 'remember the voice note you sent in the group? so funny lol'],
  ['secrecy', "they'd get the wrong idea if we all left early"],
  ['alone_check', 'is anyone awake? i need help with the homework'],
  ['flattery', "you're old enough to walk to school on your own"],
  // trusted-adult look-alikes (round 2)
  ['secrecy', 'please tell your parents the exam timetable changed'],
  ['alone_check', 'the hall is empty now, the event is over'],
  ['alone_check', "come early before the others, we'll set up the stall"],
  ['coercion', 'people will find out about the results tomorrow'],
  ['coercion', 'stay calm and everything will be fine'],
  ['coercion', 'your dad has a lot of respect for you'],
  ['meeting', "we'll take the long way because of traffic"],
  ['meeting', 'parent meeting in the office at 10'],
  ['meeting', 'come to the hotel lobby for the wedding at 8'],
  ['meeting', 'come home soon, dinner is ready'],
  ['platform_switch', 'add me on whatsapp for the tuition group'],
  ['image_request', 'eid mubarak! turn your camera on so we can see you all'],
  // round 3 look-alikes
  ['coercion', 'you owe me 500 for the pizza lol'],
  ['coercion', "send the diagram photo by tomorrow, it's marked"],
  ['alone_check', 'maybe talk to your mom when she is not busy'],
  ['secrecy', "don't tell the other team our strategy before the final"],
  ['coercion', 'the prize is not in my hands, the judges decide'],
  ['alone_check', 'everyone has gone home, the party was great'],
  ['flattery', 'you are the only one in the class who forgot the homework'],
];

describe('English tactic frames', () => {
  it.each(POSITIVE)('finds %s in: %s', (category, text) => {
    expect(categories(text)).toContain(category);
  });
  it.each(NEGATIVE)('no %s in the innocent: %s', (category, text) => {
    expect(categories(text)).not.toContain(category);
  });
  it('reads home-alone news from the teen', () => {
    expect(categories("everyone's asleep at my place", 'teen')).toContain('self_disclosure');
  });
});
