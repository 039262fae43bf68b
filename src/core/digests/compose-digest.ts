import type { Article } from '../articles/article.js';
import type { ArticleStore } from '../ports/article-store.js';
import type { DigestSettings, DigestStore } from '../ports/digest-store.js';
import type { FeedService } from '../ports/feed-service.js';
import type { FilterService } from '../filters/filter-service.js';
import type { Logger } from '../ports/logger.js';
import type { Reply } from '../replies/reply.js';
import type { Summarizer, Summary } from '../summaries/summarizer.js';
import type { Translator } from '../i18n/translator.js';
import { renderDigest } from './render-digest.js';
import { MORE_LIMIT, selectStories, type Story, type StorySelection } from './select-stories.js';
import { StoryClusters } from './story-clusters.js';
import { RunMemo } from './run-memo.js';

const DAY = 86_400_000;
/** File articles read per step while a digest's window is scanned; the scan stops at this many. */
const FIRST_PAGE = 100;
const MAX_SCANNED = 6_400;
/** How far back "already sent to this channel" looks. */
const SENT_MEMORY_MS = 14 * DAY;
/**
 * Digests and windows of file articles remembered for channels that ask the same (a run's channels
 * share a few settings and windows); windows are few, as each holds up to MAX_SCANNED articles.
 */
const DIGESTS_REMEMBERED = 1_000;
const WINDOWS_REMEMBERED = 8;

/**
 * What the channels of one digest run share: digests composed for channels without filters, by
 * everything they depend on (digestKey), and windows of file articles, each read once. A run only:
 * a later digest or preview composes afresh (a summary that fell back during an outage is not kept).
 */
export interface ComposeRun {
  readonly digests: RunMemo<ComposedDigest>;
  readonly files: RunMemo<Article[]>;
}

export function newComposeRun(): ComposeRun {
  return { digests: new RunMemo(DIGESTS_REMEMBERED), files: new RunMemo(WINDOWS_REMEMBERED) };
}

/** What a channel's digest is drawn from, read from the stores before composing. */
interface DigestWindow {
  readonly since: Date;
  readonly now: Date;
  readonly fromFeeds: readonly Article[];
  readonly unresolvedFrom: Date | undefined;
  readonly hasOwnFeeds: boolean;
  readonly alreadySent: ReadonlySet<string>;
}

/** A composed digest, not yet sent or recorded. */
export interface ComposedDigest {
  readonly reply: Reply;
  readonly articleIds: readonly string[];
  readonly storyCount: number;
  readonly coveredUntil: Date;
  /** New stories this channel's filters (/filter) kept out of the digest. */
  readonly filteredOut: number;
}

export interface ComposerDependencies {
  readonly store: DigestStore;
  readonly articles: ArticleStore;
  readonly feeds: FeedService;
  readonly filters: FilterService;
  readonly summarizer: Summarizer;
  readonly logger: Logger;
}

/** Composes digests: which stories are new for a channel, merged, summarised and rendered. */
export class DigestComposer {
  private readonly clusters = new StoryClusters();

  constructor(private readonly options: ComposerDependencies) {}

  /**
   * Composes a channel's digest from what is new since its last digest (a new channel: the last day).
   * A channel with feeds draws on its feeds' items first seen since then; a channel without draws on
   * the operator's feeds and on the articles of CONTENT_DIR published since then. A fresh feed item
   * whose article is not in memory yet is left for the next digest: the digest covers only up to
   * just before it was first seen.
   */
  async compose(
    settings: DigestSettings,
    now: Date,
    t: Translator,
    run?: ComposeRun,
  ): Promise<ComposedDigest> {
    const { store, feeds, filters } = this.options;
    // Asked for together: a database store answers many channels' asks in one round trip each.
    const [filter, last, alreadySent, own] = await Promise.all([
      filters.filterFor(settings.chat),
      store.lastCoveredUntil(settings.chat),
      store.sentArticleIds(settings.chat, new Date(now.getTime() - SENT_MEMORY_MS)),
      feeds.list(settings.chat),
    ]);
    const since = last ?? new Date(now.getTime() - DAY);
    const fresh = await feeds.freshArticles(settings.chat, since);
    const window: DigestWindow = {
      since,
      now,
      fromFeeds: fresh.articles.filter((article) => article.publishedAt.getTime() <= now.getTime()),
      unresolvedFrom: fresh.unresolvedFrom,
      hasOwnFeeds: own.feeds.length > 0,
      alreadySent,
    };
    // Channels with the same window, settings and language get the same digest: composed once a
    // run. A channel's keyword filters are its own, so a filtered channel composes its own.
    if (!filter.isEmpty)
      return this.build(settings, window, t, run, (article) => filter.keeps(article));
    if (!run) return this.build(settings, window, t, run, undefined);
    return run.digests.get(digestKey(settings, window, t), () =>
      this.build(settings, window, t, run, undefined),
    );
  }

  private async build(
    settings: DigestSettings,
    window: DigestWindow,
    t: Translator,
    run: ComposeRun | undefined,
    keep: ((article: Article) => boolean) | undefined,
  ): Promise<ComposedDigest> {
    const { since, now } = window;
    // File articles of the window are read newest first, a page at a time, until the selection is
    // full (or the window ends): a channel whose stories are all recent reads one small page.
    const selection = await this.select(
      settings,
      window.fromFeeds,
      window.alreadySent,
      keep,
      (limit) => {
        if (window.hasOwnFeeds) return Promise.resolve([]);
        const read = () =>
          this.options.articles.publishedBetween({ origin: 'file', since, until: now, limit });
        return run ? run.files.get(`${since.getTime()}|${now.getTime()}|${limit}`, read) : read();
      },
    );
    const count = settings.size <= 5 ? 2 : 1;
    const summarized = (
      await Promise.all(selection.stories.map((story) => this.summarize(story, count, settings)))
    ).filter((entry) => entry !== undefined);
    const stories = summarized.map((entry) => entry.story);
    const reply = renderDigest(
      {
        selection: { ...selection, stories },
        summaries: summarized.map((entry) => entry.summary),
        localDate: t.date(now, settings.timezone, 'day'),
        images: settings.showImages,
      },
      t,
    );
    const articleIds = stories.flatMap((story) => [
      story.lead.id,
      ...story.alsoReportedBy.map((a) => a.id),
    ]);
    return {
      reply,
      articleIds,
      storyCount: stories.length,
      filteredOut: selection.filteredOut,
      coveredUntil: coveredUntil(now, window.unresolvedFrom),
    };
  }

  /**
   * A story's summary, or nothing when summarising it fails: that story is left out of the digest
   * (and logged), and the other stories are sent. Its articles are not recorded as sent.
   */
  private async summarize(
    story: Story,
    count: number,
    settings: DigestSettings,
  ): Promise<{ story: Story; summary: Summary } | undefined> {
    try {
      return { story, summary: await this.options.summarizer.summarize(story.lead, count) };
    } catch (error) {
      this.options.logger.error(
        {
          chat: `${settings.chat.platform}:${settings.chat.id}`,
          article: story.lead.id,
          reason: error instanceof Error ? error.message : String(error),
        },
        'digest story skipped: its summary failed',
      );
      return undefined;
    }
  }

  private async select(
    settings: DigestSettings,
    fromFeeds: readonly Article[],
    alreadySent: ReadonlySet<string>,
    keep: ((article: Article) => boolean) | undefined,
    files: (limit: number) => Promise<Article[]>,
  ): Promise<StorySelection> {
    for (let limit = FIRST_PAGE; ; limit *= 4) {
      const fromFiles = await files(limit);
      const candidates = [...fromFiles, ...fromFeeds].sort(
        (x, y) => y.publishedAt.getTime() - x.publishedAt.getTime(),
      );
      const selection = selectStories(candidates, {
        topics: settings.topics,
        size: settings.size,
        alreadySent,
        clusterOf: (article) => this.clusters.clusterOf(article),
        ...(keep ? { keep } : {}),
      });
      if (fromFiles.length < limit || limit >= MAX_SCANNED || isFull(selection, settings.size))
        return selection;
    }
  }
}

/** Whether a selection holds every story it may (so reading further articles changes nothing). */
function isFull(selection: StorySelection, size: number): boolean {
  return selection.stories.length + selection.more >= size + MORE_LIMIT;
}

/** Now, or just before the first item not yet in memory (so the next digest still finds it). */
function coveredUntil(now: Date, unresolvedFrom: Date | undefined): Date {
  if (!unresolvedFrom) return now;
  return new Date(Math.min(now.getTime(), unresolvedFrom.getTime() - 1));
}

/**
 * Everything a digest without filters depends on: its window and the articles in it (feed items by
 * id; file articles are read by since and now), what the channel was sent, its settings that shape
 * the digest, and its language. Channels with equal keys get equal digests.
 */
function digestKey(settings: DigestSettings, window: DigestWindow, t: Translator): string {
  return [
    window.since.getTime(),
    window.now.getTime(),
    window.unresolvedFrom?.getTime() ?? '',
    window.hasOwnFeeds,
    window.fromFeeds.map((article) => article.id).join('\u0001'),
    [...window.alreadySent].sort().join('\u0001'),
    [...settings.topics]
      .map((topic) => topic.toLowerCase())
      .sort()
      .join('\u0001'),
    settings.size,
    settings.showImages,
    settings.timezone,
    t.locale,
  ].join('\u0000');
}
