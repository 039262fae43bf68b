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
