/**
 * Reports to the national platform, core side: the platform payload (profile v1, checked against its JSON Schema), its
 * content hash and idempotency key, the states of a submission, the retry policy and how a platform answer is read.
 * Plain Java and Jackson; the outbox table, the submitter and the API are in {@code store}, {@code runtime} and
 * {@code rest}. {@code platform} holds a simulator of the platform for tests and the demo.
 */
package io.wardwatt.reporting;
