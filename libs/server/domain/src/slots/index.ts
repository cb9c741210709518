// Posting slots are a shared rule (libs/shared/src/rules/slots.ts): import them from '@xp/shared'. These re-exports
// keep the server's existing imports compiling.
export { closeUpQueue, freeSlots, freeSlotsIn, nextFreeSlot, type PostingSlotRule, type WeekHour } from '@xp/shared';
