/** Discord's limits (developer docs: message, embed, component and application command resources). */
export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Title, description, field names and values, footer and author of all embeds of one message. */
  embedTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedFields: 25,
  actionRowsPerMessage: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  nonce: 25,
  commandDescription: 100,
  optionsPerCommand: 25,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  stringOptionLength: 6000,
} as const;

/**
 * Our own footer cap, so that one embed always fits the 6,000 total:
 * title 256 + description 4,096 + footer 1,600 = 5,952.
 */
export const FOOTER_BUDGET = 1600;

/**
 * The one retry policy of every Discord call (interaction answers and digest posts alike):
 * discord.js's REST client sends a request once and repeats it, at once, up to REST_RETRIES times
 * on a 5xx answer or a time-out. It waits out 429s separately (those are not failures). Nothing
 * else in the adapter retries, so a call is tried REST_ATTEMPTS times at most.
 */
export const REST_RETRIES = 3;
export const REST_ATTEMPTS = REST_RETRIES + 1;

/**
 * Discord's rate limits that the whole fleet shares (through the database's send budget): 50
 * requests a second per bot, and the message route's bucket of each channel, 5 in 5 seconds
 * (what Discord's rate-limit headers announce for POST /channels/{id}/messages).
 */
export const FLEET_RATES = {
  // 48 of the 50: room for the few calls not paced by the budget (interaction answers, the start's
  // command registration) and for requests bunched on their way.
  global: { count: 48, windowMs: 1000 },
  channelMessages: { count: 5, windowMs: 5000 },
} as const;
