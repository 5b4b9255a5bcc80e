/** Drafts and a bounded version history for every page-backed content collection. */
export const draftVersions = {
  drafts: { autosave: false, schedulePublish: true },
  maxPerDoc: 50,
} as const
