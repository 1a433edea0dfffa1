/**
 * The chat-safety strings (prompt, nudge), kept in their own file so the content script carries only these.
 * Merged into the full catalogue in en.ts; the Urdu twin is chat.ur.ts. In the teen's voice: kind, never shaming.
 */
export const chatEn = {
  'chat.prompt.title': 'A moment for you',
  'chat.prompt.noticed': 'We noticed that this person:',
  'chat.signal.secrecy': 'asked you to keep your chat a secret',
  'chat.signal.isolation': 'said that only they understand you, or spoke against the people close to you',
  'chat.signal.platform_switch': 'wants to move your chat to another app or get your number',
  'chat.signal.personal_info': 'asked where you live, where you study or about your daily routine',
  'chat.signal.alone_check': 'asked if you are alone or if your parents are around',
  'chat.signal.image_request': 'asked for a picture of you or to turn your camera on',
  'chat.signal.gifts_money': 'offered gifts, game currency, top-up or money',
  'chat.signal.meeting': 'wants to meet you',
  'chat.signal.age_relationship': 'asked your age or talked about being more than friends',
  'chat.signal.flattery': 'gave you a lot of special praise, like being "mature for your age"',
  'chat.signal.coercion': 'is putting pressure on you or making threats',
  'chat.signal.self_disclosure': 'has been told personal details about you',
  'chat.prompt.notYourFault':
    'This is not your fault. People who do this are good at making it feel normal. You can take your time, and you do not have to answer.',
  'chat.prompt.ok': "I'm OK",
  'chat.prompt.block': 'How to block and report',
  'chat.prompt.help': 'Talk to someone',
  'chat.prompt.why': 'Why am I seeing this?',
  'chat.prompt.known': 'I know this person',
  'chat.prompt.close': 'Close',
  'chat.prompt.whyText':
    'Hifazat reads chats on this device only and looks for patterns that people who harm children often use. It never sends your messages anywhere and never tells this person. Your parent sees only that a note was shown, not what was said.',
  'chat.prompt.helpIntro':
    'You can talk to a parent, teacher or another adult you trust. You can also call or visit:',
  'chat.prompt.reportNotShare':
    'If someone sent you a picture or video that upset you, do not forward it, even to show someone. Report it to the app and to a help line instead.',
  'chat.prompt.announce': 'Hifazat has a private note for you beside this chat.',
  'chat.help.whatsapp': 'Open the chat, tap the contact name at the top, then choose Block and Report.',
  'chat.help.instagram': 'In the chat, tap the name at the top, then choose Block or Report.',
  'chat.help.messenger': 'In the chat, open the name at the top, then choose Block and then Report.',
  'chat.help.discord': 'Right-click or long-press their name, choose Block; open their profile to Report.',
  'chat.help.telegram': 'Open their profile from the top of the chat, then choose Block user and Report.',
  'chat.help.snapchat': 'Press and hold their name, choose Manage Friendship, then Block or Report.',
  'chat.help.generic': "Look for the person's name or the menu in the chat, then choose Block and Report.",
  'chat.nudge.text': 'You met this person online. Are you sure you want to share this?',
  'chat.nudge.dismiss': 'Dismiss',
} as const;
