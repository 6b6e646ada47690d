import { MemoryStorage, type Storage } from 'botbuilder';
import { ExpiringStorage } from './expiringStorage';
import { OptimisticStorage } from './optimisticStorage';

export interface StorageSettings {
  store: 'memory' | 'blob';
  blobConnectionString: string;
  blobContainer: string;
  /** How long an untouched conversation is kept in memory. */
  conversationTtlMs: number;
}

/** The state store from settings, always wrapped so stale writes are detected instead of lost. */
export function createStorage(settings: StorageSettings): Storage {
  if (settings.store === 'blob') {
    // Loaded only when used: the Azure SDK adds start-up time and memory a laptop run does not need.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { BlobsStorage } = require('botbuilder-azure-blobs') as typeof import('botbuilder-azure-blobs');
    return new OptimisticStorage(new BlobsStorage(settings.blobConnectionString, settings.blobContainer));
  }
  return new OptimisticStorage(new ExpiringStorage(new MemoryStorage(), settings.conversationTtlMs));
}
