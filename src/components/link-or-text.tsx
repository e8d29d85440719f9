import type { SafeHref } from '@/lib/safe-links';

/** Record text as a link to a checked target, or as plain text when the target was refused. */
export function LinkOrText({ link, text }: { link: SafeHref | null; text: string }) {
  const isolated = <bdi>{text}</bdi>;
  return link === null ? isolated : <a href={link.href}>{isolated}</a>;
}
