/** What a key press in the room does (the page acts on it). */
export type RoomShortcut = 'hand' | 'chat' | 'next' | 'prev' | 'help';

/** The shortcuts as the help dialog lists them: keys shown, and the text key of what they do. */
export const ROOM_SHORTCUTS: readonly { keys: readonly string[]; action: RoomShortcut }[] = [
  { keys: ['H'], action: 'hand' },
  { keys: ['C'], action: 'chat' },
  { keys: ['→', 'PgDn'], action: 'next' },
  { keys: ['←', 'PgUp'], action: 'prev' },
  { keys: ['?'], action: 'help' },
];

/** Somewhere she types: a field, a select, an editable element (shortcuts stay out of it). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  return (
    element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]') !== null
  );
}

/** Widgets that use the arrow keys themselves (tabs, radio groups, lists, sliders). */
function usesArrowKeys(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (
    (target as Element).closest(
      '[role="tablist"], [role="tab"], [role="radiogroup"], [role="radio"], [role="listbox"], [role="menu"], [role="slider"], [role="switch"]',
    ) !== null
  );
}

/**
 * The shortcut a key press means, or null: none while typing, none with Ctrl/Alt/Meta (the
 * browser's and the screen reader's own keys), none for a key already handled.
 */
export function shortcutOf(event: KeyboardEvent): RoomShortcut | null {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return null;
  if (isTypingTarget(event.target)) return null;
  switch (event.key) {
    case 'h':
    case 'H':
      return 'hand';
    case 'c':
    case 'C':
      return 'chat';
    case '?':
      return 'help';
    case 'ArrowRight':
    case 'PageDown':
      return usesArrowKeys(event.target) ? null : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return usesArrowKeys(event.target) ? null : 'prev';
    default:
      return null;
  }
}
