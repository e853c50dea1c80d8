/**
 * Integrity and trust: content hashes, the lock of published editions, translation parity,
 * text lint and acceptance records.
 */
export {};
