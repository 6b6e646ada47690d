"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createStorage = createStorage;
const botbuilder_1 = require("botbuilder");
const expiringStorage_1 = require("./expiringStorage");
const optimisticStorage_1 = require("./optimisticStorage");
/**
 * The SDK's defaults (4 tries, 4-16 s back-off, and a per-try timeout that is only a hint to the server,
 * so a storage that stops answering is waited on forever) keep a person waiting past the 15 s a channel
 * allows. Two quick tries and a client-side limit per call give an honest "try again" within seconds.
 */
const BLOB_RETRIES = { maxTries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 };
const BLOB_CALL_TIMEOUT_MS = 4000;
/** The state store from settings, always wrapped so stale writes are detected instead of lost. */
function createStorage(settings) {
    if (settings.store === 'blob') {
        // Loaded only when used: the Azure SDK adds start-up time and memory a laptop run does not need.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { BlobsStorage } = require('botbuilder-azure-blobs');
        return new optimisticStorage_1.OptimisticStorage(new BlobsStorage(settings.blobConnectionString, settings.blobContainer, { storagePipelineOptions: { retryOptions: BLOB_RETRIES } }), BLOB_CALL_TIMEOUT_MS);
    }
    // Two keys per conversation (conversation and user state).
    return new optimisticStorage_1.OptimisticStorage(new expiringStorage_1.ExpiringStorage(new botbuilder_1.MemoryStorage(), settings.conversationTtlMs, settings.maxConversations * 2));
}
//# sourceMappingURL=createStorage.js.map