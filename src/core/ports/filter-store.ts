import type { RuleKind } from '../filters/rule-text.js';
import type { ChatRef } from './chat-memory.js';

/** One stored filter rule of a channel. */
export interface FilterRuleRecord {
  /** Stable id (the store's); `/filter remove` takes the rule's number in the list instead. */
  readonly id: number;
  readonly chat: ChatRef;
  readonly kind: RuleKind;
  readonly pattern: string;
  /** Only stories of this feed (normalised URL); undefined: every story of the channel. */
  readonly feedUrl?: string | undefined;
  readonly createdAt: Date;
}

export interface NewFilterRule {
  readonly kind: RuleKind;
  readonly pattern: string;
  readonly feedUrl?: string | undefined;
  readonly createdAt: Date;
}

/**
 * Storage of channels' keyword filters. Implementations: SQLite and PostgreSQL (and memory for
 * tests), all held to `tests/contracts/filter-store.contract.ts`. Rules of a chat that moved
 * follow it; a chat that is gone loses them (Storage.lifecycle).
 */
export interface FilterStore {
  /** A channel's rules, oldest first (the order `/filter` numbers them in). */
  listRules(chat: ChatRef): Promise<FilterRuleRecord[]>;
  addRule(chat: ChatRef, rule: NewFilterRule): Promise<FilterRuleRecord>;
  /** False when the channel has no rule with this id. */
  removeRule(chat: ChatRef, id: number): Promise<boolean>;
  /** Removes every rule of the channel; returns how many there were. */
  clearRules(chat: ChatRef): Promise<number>;
}
