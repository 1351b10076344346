/** Collections (接龙, 团购, 登记): one verb per file; this index is the public surface. */
export { createCollection, type CreatedCollection } from './create-collection';
export { recordReply, type ReplyOutcome } from './record-reply';
export { closeCollection } from './close-collection';
export { remindCollection } from './remind-collection';
export { purgeExpiredCollections } from './purge-collections';
export { runCollectionTick, type TickResult } from './tick';
export { collectionDetail, collectionList, type CollectionView } from './view';
export { collectionCsv, collectionXlsx } from './export';
export { CollectionError, collectionHttpStatus, type CollectionErrorCode } from './errors';
export { DEFAULT_COLLECTION_SETTINGS, type CollectionDeps, type CollectionSettings } from './deps';
export { compiledSpecOf } from './spec';
