import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebSession } from '../../core/ports/panel-store.js';
import type { Notice } from '../pages/channel-page.js';
import type { FilterDraft } from '../pages/filters-section.js';
import type { FieldProblems, SettingsFields } from '../pages/settings-form.js';
import type { ChannelAccess } from '../places.js';

/** What the channel page's routes share. */
export type ChannelRequest = FastifyRequest<{
  Params: { platform: string; id: string };
  Querystring: { log?: string };
  Body: Record<string, string | string[] | undefined>;
}>;

/** A change the page refused: the page again, with what was submitted and why (400). */
export interface Refused {
  readonly fields?: SettingsFields;
  readonly problems?: FieldProblems;
  readonly filterDraft?: FilterDraft;
  readonly notice: Notice;
}

export type Render = (
  request: ChannelRequest,
  reply: FastifyReply,
  session: WebSession,
  access: ChannelAccess,
  refused?: Refused,
) => Promise<FastifyReply>;

/** After a change: the notice for the next page, and a redirect to the channel (post/redirect/get). */
export type Done = (
  reply: FastifyReply,
  session: WebSession,
  access: ChannelAccess,
  notice: Notice,
) => FastifyReply;

/** A form field as one string (the first, when a field was sent twice). */
export const text = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? '';
