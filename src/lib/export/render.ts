import type { Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { DealSection } from './deal-document.ts';

/** GitHub-flavoured Markdown of the whole deal (tables, task lists, strikethrough, autolinks). */
export function sectionsToMarkdown(sections: DealSection[]): string {
	const root: Root = { type: 'root', children: sections.flatMap((s) => s.nodes) };
	return toMarkdown(root, { extensions: [gfmToMarkdown()], bullet: '-', rule: '-', fences: true, listItemIndent: 'one' });
}

/**
 * Each section as HTML, through GitHub's sanitising schema: text is escaped, only http(s) and
 * mailto links survive, nothing can run. The caller wraps the sections (page breaks).
 */
export function sectionToHtml(section: DealSection): string {
	const hast = toHast({ type: 'root', children: section.nodes }) as HastRoot;
	return toHtml(sanitize(hast));
}
