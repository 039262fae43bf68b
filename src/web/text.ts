import { catalogue } from '../core/i18n/catalogue.js';

/**
 * The panel's translator, for what it shows of the bot's own words (schedules, ages, reasons from
 * the services). The panel itself is English for now; its TEXT moves into the catalogue next.
 */
export const PANEL_T = catalogue.translator('en');

/**
 * Every fixed word the control panel writes, in one place, keyed like a message catalogue so that
 * the bot's i18n catalogue can take them over (values with `{name}` placeholders are templates).
 */
export const TEXT = {
  title: 'Briefly control panel',
  signInHeading: 'Sign in to manage your digests',
  signInIntro:
    'Moderators of a Discord server (Manage Server) or administrators of a Telegram chat can change its digest here.',
  signInDiscord: 'Sign in with Discord',
  signInTelegram: 'Sign in with Telegram',
  signInMiniApp: 'Signing you in from Telegram…',
  signInNone: 'No sign-in is configured: set DISCORD_CLIENT_ID/SECRET or TELEGRAM_BOT_TOKEN.',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name} ({platform})',
  places: 'Your servers and chats',
  noPlaces:
    'You moderate no server or chat the bot is in. (Telegram chats appear once the bot has been used there.)',
  placesFailed: 'Your servers could not be listed: {reason}. Reload to try again.',
  pickChannel: 'Pick a channel on the left to see its digest.',
  notYours: 'This channel does not exist or you do not moderate it.',
  settings: 'Digest settings',
  enabled: 'Send a digest to this channel',
  time: 'Time',
  days: 'Days',
  timezone: 'Time zone',
  timezoneHint: 'Type to search, e.g. Berlin or New_York',
  size: 'Stories per digest',
  topics: 'Topics',
  topicsHint: 'Comma-separated tags, e.g. science,climate; empty for all topics',
  save: 'Save settings',
  saved: 'Settings saved.',
  invalid: 'Nothing was saved: {count} setting(s) need fixing.',
  preview: 'Preview of the next digest',
  refreshPreview: 'Refresh preview',
  sendNow: 'Send now',
  sendNowHint: 'Sends the digest to the channel now, recorded like a scheduled one.',
  feeds: 'Feeds',
  feedUrl: 'Feed URL',
  addFeed: 'Add feed',
  removeFeed: 'Remove',
  noFeeds: 'This channel has no feeds of its own.',
  log: 'Delivery log (last 30 days)',
  noLog: 'Nothing was delivered or attempted in the last 30 days.',
  newer: 'Newer',
  older: 'Older',
  pageOf: 'Page {page} of {pages}',
  forbidden: 'This change was refused: the form was out of date. Reload the page and try again.',
} as const;

/** A text with its `{name}` placeholders filled in. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
