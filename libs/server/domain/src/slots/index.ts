// Posting slots are a shared rule (libs/shared/src/rules/slots.ts); re-exported for the server's existing imports.
export { closeUpQueue, freeSlots, nextFreeSlot, validateSlots, type PostingSlotRule } from '@xp/shared';
