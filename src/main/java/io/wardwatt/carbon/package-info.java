/**
 * The monthly carbon ledger's calculation core: factor sets and the policy that picks a month's
 * factors ({@code factors}), activity data ({@code activity}), the ledger with its compliance, GHG Protocol and
 * energy views ({@code ledger}), closing months ({@code closing}: what a closed ledger records, its hash chain, a
 * restatement's difference, a verification). Plain Java: no framework, no database; the service's store, REST and jobs
 * ({@code carbon.store}, {@code carbon.rest}, {@code carbon.runtime}) are built around it. Other packages use the
 * closed ledgers through {@link io.wardwatt.carbon.ClosedLedgers} and observe {@link io.wardwatt.carbon.LedgerClosed}.
 *
 * <p>All arithmetic is {@link java.math.BigDecimal}: products are exact, every division uses
 * {@link io.wardwatt.carbon.QuantityUnit#PRECISION}, and results are rounded only when presented, so the same
 * inputs give the same figures to the last digit on every machine.
 */
package io.wardwatt.carbon;
