/**
 * The parent dashboard's strings (summary, weekly digest, onboarding, PIN page, lock-down guide, teen view, popup
 * pause), merged into the full catalogue in en.ts; the Urdu twin is dashboard.ur.ts.
 */
export const dashboardEn = {
  'nav.digest': 'Weekly digest',
  'nav.pin': 'Parent PIN',

  'summary.headline': 'This period against the one before',
  'summary.tableView': 'Show as tables',
  'summary.range.today': 'Today, {day}, compared with yesterday',
  'summary.range.days': '{from} to {to}, compared with the same number of days before',
  'summary.col.what': 'What',
  'summary.col.current': 'This period',
  'summary.col.previous': 'Period before',
  'summary.col.trend': 'Change',
  'summary.col.category': 'Category',
  'summary.col.signal': 'Warning sign',
  'summary.col.total': 'All',
  'summary.col.day': 'Day',
  'summary.kind.block': 'Blocked attempts',
  'summary.kind.safe_search': 'Searches kept safe',
  'summary.kind.chat_prompt': 'Chat safety prompts',
  'summary.kind.chat_nudge': 'Reminders before sharing personal details',
  'summary.kind.access_request': 'Access requests',
  'summary.kind.time_online': 'Time online',
  'summary.kind.protection_gap': 'Times protection was not running',
  'summary.trend.same': 'same as before',
  'summary.trend.new': 'none the period before',
  'summary.trend.up': '{percent}% more',
  'summary.trend.down': '{percent}% fewer',
  'summary.duration.hm': '{hours} h {minutes} min',
  'summary.duration.m': '{minutes} min',
  'summary.none': 'Nothing in this period.',
  'summary.uncategorized': 'Other websites',
  'summary.section.block': 'Blocked attempts by category',
  'summary.section.safe_search': 'Searches kept safe, by search engine',
  'summary.section.chat': 'Chat safety prompts, by warning sign',
  'summary.section.chat_nudge': 'Reminders before sharing, by kind of detail',
  'summary.section.access': 'Access requests',
  'summary.section.time_online': 'Time online by category',
  'summary.section.days': 'Day by day',
  'summary.chat.help':
    'A prompt appears when a chat with someone new shows a known warning sign. The words are never kept: only the kind of sign and what your child chose.',
  'summary.chat.choices': 'What your child chose:',
  'summary.time.help':
    'Time on websites while the computer is in use, counted by category. Sites that are in no category are counted together as "Other websites"; their names are never kept.',
  'summary.access.waiting': 'Waiting for an answer now',
  'summary.access.asked': 'Asked in this period',
  'summary.access.approved': 'Allowed',
  'summary.access.declined': 'Not now',
  'summary.choice.ok': 'Said it was fine',
  'summary.choice.block_report': 'Blocked or reported',
  'summary.choice.help': 'Asked for help',
  'summary.choice.why': 'Asked why',
  'summary.choice.dismissed': 'Closed the prompt',
  'summary.choice.none': 'No answer',
  'summary.signal.secrecy': 'Asking for secrecy',
  'summary.signal.isolation': 'Turning them against others',
  'summary.signal.platform_switch': 'Moving to another app',
  'summary.signal.personal_info': 'Asking for personal details',
  'summary.signal.alone_check': 'Checking if they are alone',
  'summary.signal.image_request': 'Asking for photos or camera',
  'summary.signal.gifts_money': 'Offering gifts or money',
  'summary.signal.meeting': 'Asking to meet',
  'summary.signal.age_relationship': 'Age or romance talk',
  'summary.signal.flattery': 'Special flattery',
  'summary.signal.coercion': 'Pressure or threats',
  'summary.signal.self_disclosure': 'Sharing their own details',
  'summary.disclosure.phone': 'Phone number',
  'summary.disclosure.email': 'Email address',
  'summary.disclosure.handle': 'Account name',
  'summary.disclosure.address': 'Home address',
  'summary.disclosure.school': 'School',
  'summary.disclosure.age': 'Age',
  'summary.disclosure.alone': 'Being home alone',

  'digest.title': 'Weekly digest',
  'digest.range': '{from} to {to}, compared with the week before',
  'digest.blocks': 'Blocked attempts: {count} ({trend}).',
  'digest.most': 'Most often: {category} ({value}).',
  'digest.searches': 'Searches kept safe: {count} ({trend}).',
  'digest.chat': 'Chat safety prompts: {count} ({trend}).',
  'digest.chatChoices': 'Your child chose: {choices}.',
  'digest.access':
    'Access requests: {asked} asked, {approved} allowed, {declined} not now; {waiting} waiting for you.',
  'digest.time': 'Time online: {duration} ({trend}).',
  'digest.gaps': 'Protection was not running {count} times.',
  'digest.talk.title': 'Worth talking about',
  'digest.talk.chat':
    'There were chat safety prompts. In a calm moment, ask how chats with new people are going, without asking to read them.',
  'digest.talk.help':
    'Your child asked for help from a prompt. Check in gently and thank them for speaking up: that is what keeps them safe.',
  'digest.talk.blocks':
    'Most blocked pages were {category}. Ask what they were looking for; often it was a link from a friend or a game.',
  'digest.talk.waiting': '{count} requests are waiting for your answer.',
  'digest.talk.gaps':
    'Hifazat was not running for a while. Often the computer was simply off; see the protection check to be sure.',
  'digest.talk.quiet':
    'A quiet week. A good moment to say that they can always come to you if something online worries them.',
  'digest.toRequests': 'Answer the requests',
  'digest.export.title': 'Export the summary',
  'digest.export.help':
    'Download the same numbers as on screen, as a spreadsheet (CSV) or as data (JSON). Categories and counts only.',
  'digest.export.period': 'Period to export',
  'digest.export.csv': 'Download CSV',
  'digest.export.json': 'Download JSON',
  'digest.delete.title': 'Delete all history',
  'digest.delete.help':
    'Deletes every count in the summary, answered access requests and "this looks wrong" reports. Settings, the PIN, waiting requests and access you allowed stay as they are.',
  'digest.delete.unlock': 'Unlock with the parent PIN to delete history.',
  'digest.delete.button': 'Delete all history…',
  'digest.delete.confirm': 'Delete all history now? This cannot be undone.',
  'digest.delete.yes': 'Yes, delete it',
  'digest.delete.done': 'History deleted.',

  'onboarding.title': 'Welcome to Hifazat',
  'onboarding.progress': 'Step {step} of {total}',
  'onboarding.step.language': 'Language',
  'onboarding.step.age': "Child's age",
  'onboarding.step.pin': 'Parent PIN',
  'onboarding.step.review': 'What is on',
  'onboarding.step.lists': 'Bigger lists',
  'onboarding.step.privacy': 'Privacy',
  'onboarding.next': 'Next',
  'onboarding.back': 'Back',
  'onboarding.skip': 'Skip setup',
  'onboarding.finish': 'Open the dashboard',
  'onboarding.language.title': 'Which language should Hifazat use?',
  'onboarding.age.title': 'How old is your child?',
  'onboarding.age.help':
    'The age picks sensible settings: the youngest ages get the most protection. You can change any of it later.',
  'onboarding.age.band': '{band} years',
  'onboarding.age.blocks': 'Blocks: {categories}',
  'onboarding.age.none': 'Not now: keep the safe defaults',
  'onboarding.pin.title': 'Choose a parent PIN',
  'onboarding.pin.help':
    'Only someone with the PIN can change settings, answer requests or pause protection. Your choices so far are saved once the PIN is set.',
  'onboarding.pin.save': 'Save and continue',
  'onboarding.review.title': 'This is what is on now',
  'onboarding.review.retention': 'History is kept for {days} days, then deleted.',
  'onboarding.review.change': 'You can change any of this in Settings.',
  'onboarding.lists.title': 'Download the bigger public lists?',
  'onboarding.lists.help':
    'Hifazat comes with small built-in lists. Public lists published by others know hundreds of thousands more sites, and block far more.',
  'onboarding.lists.choice': 'Yes, download the bigger lists and keep them up to date',
  'onboarding.lists.which': 'Which lists ({count})',
  'onboarding.lists.network':
    'If you say yes, this browser downloads the lists from their publishers (on GitHub and similar sites) about once a day. Nothing about your family is sent. Off until you choose.',
  'onboarding.privacy.time':
    'Time online is counted by category while the computer is in use: "40 minutes of online games". The sites themselves are never kept.',
  'onboarding.skipped.title': 'Setup skipped',
  'onboarding.skipped.body':
    'Hifazat is on with its safe defaults: safe search, YouTube Restricted Mode, and adult content, gambling, random video chat and proxies blocked. Set a parent PIN soon, so nobody else can change them.',
  'onboarding.skipped.resume': 'Set up now',
  'onboarding.skipped.dashboard': 'Go to the dashboard',
  'onboarding.banner': 'Hifazat is on with its safe defaults. Choose a parent PIN to finish setting it up.',
  'onboarding.banner.link': 'Finish setup',

  'pinpage.title': 'Parent PIN',
  'pinpage.intro':
    'The PIN protects settings, answers to requests and pauses. After unlocking, Hifazat locks itself again after 10 minutes without use.',
  'pinpage.change.title': 'Change the PIN',
  'pinpage.change.submit': 'Change PIN',
  'pinpage.change.done': 'The PIN has been changed.',
  'pinpage.forgot.title': 'Forgot the PIN?',
  'pinpage.forgot.home':
    'There is no recovery question a child could answer. Remove Hifazat from the browser and install it again: this clears its settings and history, and you start afresh.',
  'pinpage.forgot.school': 'On a school device, ask the school: its policy decides.',
  'pinpage.forgot.schoolCan': '{org} can reset the PIN on this device.',

  'lockdown.title': 'Locking down the browser at home',
  'lockdown.intro':
    'On a home computer, the PIN is a speed bump, not a lock. These steps close the easy ways around Hifazat. Be honest with your child about them.',
  'lockdown.account.title': 'A computer account of their own, without admin rights',
  'lockdown.account.body':
    'Give your child a standard (not administrator) account on the computer. Without admin rights they cannot install other browsers or change system settings. This matters more than anything below.',
  'lockdown.incognito.title': 'Private (incognito) windows',
  'lockdown.incognito.body':
    'Hifazat works in private windows only if allowed: in the extension details, turn on "Allow in Incognito". The protection check shows whether it is on.',
  'lockdown.guest.title': 'Guest mode',
  'lockdown.guest.body':
    'A guest window has no extensions at all. A browser on its own cannot switch guest mode off; the browser policy below can.',
  'lockdown.profiles.title': 'Other browser profiles',
  'lockdown.profiles.body':
    'A new profile starts without Hifazat. Install Hifazat in every profile your child can open, or turn off adding profiles with the browser policy.',
  'lockdown.developer.title': 'Developer mode and removing extensions',
  'lockdown.developer.body':
    'Anyone can remove an extension or, with developer mode, change its stored settings. Hifazat cannot stop this by itself; you will see it as a gap in the protection check.',
  'lockdown.policy.title': 'The real lock: browser policy',
  'lockdown.policy.body':
    'Chrome and Edge read policies set by the computer administrator: force-install Hifazat, turn off guest mode, adding profiles and developer tools, and make private windows follow the same rules. Schools use this; a parent with admin rights can too (see docs/parents.md).',
  'lockdown.honest':
    'What an ordinary profile cannot prevent: a teen with admin rights, another browser, another device, or mobile data. Protection works best with trust and talking, not only settings.',

  'teen.paused':
    'Your parent has paused some blocks until {time}. Safe search and the core protections stay on.',
  'teen.why.safeSearch': 'Search engines hide explicit results and images.',
  'teen.why.youtube': 'YouTube hides videos marked for adults.',
  'teen.why.engines':
    'Search engines that cannot hide explicit results are closed; the others work normally.',
  'teen.why.categories':
    'Sites in these categories are closed. You can ask your parent for access from the page that says it is not available.',
  'teen.why.schedules': 'These categories are closed only at these times.',
  'teen.why.blockDomains': 'Your parent or school closed these sites.',
  'teen.why.allowDomains': 'These sites always stay open.',
  'teen.why.chat':
    'In chats with people you do not know, Hifazat may show you a prompt about a warning sign. Your parent sees only the kind of sign and what you chose, never the messages.',
  'teen.why.retention': 'The counts are deleted after {days} days.',
  'teen.why.time':
    'Time online is counted by category only (for example "online games"), and only while you are using the computer. Your parent never sees which sites you visited.',
  'teen.school.managed': 'This device is managed by {org}. Rules marked with the school come from it.',
  'teen.school.reporting':
    'The school receives daily counts by category, like the ones above, never the sites you visited or your messages.',
  'teen.school.noReporting': 'The school receives nothing from this device.',

  'popup.paused': 'Some blocks are paused',
  'popup.pause.open': 'Pause blocks…',
  'popup.pause.help':
    "Pausing opens the categories and schedules you chose, for a while. Safe search, the school's rules and the core blocks (adult content, gambling, random video chat, proxies) stay on.",
  'popup.pause.for': 'For',
  'popup.pause.minutes': '{minutes} minutes',
  'popup.pause.start': 'Pause',
  'popup.pause.left': '{time} left',
  'popup.pause.end': 'Resume now',
  'popup.pause.noPin': 'Set a parent PIN in the dashboard first.',
} as const;
