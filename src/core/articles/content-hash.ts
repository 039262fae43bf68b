import { createHash } from 'node:crypto';
import type { ArticleDraft } from './article.js';

/** Tags lower case and once each, as every store keeps them. */
export function normaliseDraft(draft: ArticleDraft): ArticleDraft {
  return { ...draft, tags: [...new Set(draft.tags.map((tag) => tag.toLowerCase()))] };
}

/** A hash of everything the article shows: a write of the same content changes nothing. */
export function contentHashOf(input: ArticleDraft): string {
  const draft = normaliseDraft(input);
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify([
      draft.id ?? null,
      draft.title,
      draft.url ?? null,
      draft.publisher ?? null,
      draft.tags,
      draft.language ?? null,
      draft.publishedAt.getTime(),
      draft.origin,
      draft.related,
      // Only when there is one, so the hashes of articles without a picture stay as they were.
      ...(draft.image === undefined ? [] : [draft.image]),
    ]),
  );
  for (const p of draft.paragraphs)
    hash
      .update('\u0000')
      .update(p.text)
      .update('\u0001')
      .update(p.source ?? '');
  return hash.digest('base64url');
}
