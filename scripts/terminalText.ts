/**
 * How the terminal chat shows the bot's Markdown replies: bold as bold (or plain without colour), links
 * as `text <url>`, lists with hanging indents, and everything wrapped to the terminal's width without
 * ever breaking a word or a link. The bot writes for screens people tap; the terminal is typed at, so
 * "tap" reads "pick". (wrap-ansi would do the wrapping, but its current major is ESM-only and this
 * project is CommonJS; the subset of Markdown the bot writes is small.)
 */

export interface TerminalStyle {
  /** Columns available for the text, after any prefix such as "bot> ". */
  width: number;
  /** ANSI bold for **bold** and headings; plain text when false (pipes, NO_COLOR). */
  bold: boolean;
}

const BOLD_ON = '\u001b[1m';
const BOLD_OFF = '\u001b[22m';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Inline Markdown → terminal text: bold, links, italics, inline code. */
export function renderInline(text: string, style: Pick<TerminalStyle, 'bold'>): string {
  return text
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_match, label: string, url: string) => (label === url ? `<${url}>` : `${label} <${url}>`))
    .replace(/\*\*([^*]+)\*\*/g, (_match, inner: string) => (style.bold ? `${BOLD_ON}${inner}${BOLD_OFF}` : inner))
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\btap\b/g, 'pick')
    .replace(/\bTap\b/g, 'Pick');
}

/** Width as the terminal shows it: escape codes take no columns. */
export function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}

/**
 * Greedy word wrap. A word longer than the width (a URL) gets a line of its own and is never cut, so
 * it stays clickable and copyable. `lead` starts the first line (a list marker), `indent` every other.
 */
export function wrap(text: string, width: number, lead = '', indent = ''): string[] {
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = empty ? `${line}${word}` : `${line} ${word}`;
    if (!empty && visibleLength(candidate) > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

/** A whole reply: paragraphs, headings and list items, each wrapped to the width. */
export function renderForTerminal(markdown: string, style: TerminalStyle): string {
  const out: string[] = [];
  for (const block of markdown.replace(/\r\n/g, '\n').split(/\n{2,}/)) {
    if (out.length) out.push('');
    for (const raw of joinContinuationLines(block.split('\n'))) {
      out.push(...renderLine(raw, style));
    }
  }
  return out.join('\n');
}

/** Lines inside a paragraph that are not list items or headings continue the line before them. */
function joinContinuationLines(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const starts = /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(line);
    if (!starts && joined.length && line.trim()) joined[joined.length - 1] += ` ${line.trim()}`;
    else if (line.trim()) joined.push(line);
  }
  return joined;
}

function renderLine(line: string, style: TerminalStyle): string[] {
  const heading = /^#{1,6}\s+(.*)$/.exec(line);
  if (heading) return wrap(renderInline(`**${heading[1]!.replace(/\*\*/g, '')}**`, style), style.width);
  const item = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line);
  if (item) {
    const depth = Math.min(Math.floor(item[1]!.length / 2), 3);
    const marker = /\d/.test(item[2]!) ? item[2]! : '•';
    const lead = `${'  '.repeat(depth + 1)}${marker} `;
    return wrap(renderInline(item[3]!, style), style.width, lead, ' '.repeat(lead.length));
  }
  return wrap(renderInline(line.trim(), style), style.width);
}

/**
 * "3" typed after a list of choices means the third choice: the terminal numbers every action it
 * prints (the welcome's starters, "Make my collection plan"), so it sends that action's value. Anything
 * else, or a number past the list, is sent as typed.
 */
export function pickByNumber(typed: string, choices: readonly string[]): string {
  const match = /^\s*(\d{1,2})\s*\.?\s*$/.exec(typed);
  if (!match) return typed;
  return choices[Number(match[1]) - 1] ?? typed;
}
