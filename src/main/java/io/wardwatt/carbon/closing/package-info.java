/**
 * Closing months (plain Java, no framework): what a closed ledger records about its inputs ({@link
 * io.wardwatt.carbon.closing.ActivitiesDocument}), the content hash that chains a site's months ({@link
 * io.wardwatt.carbon.closing.LedgerSeal}), the difference a restatement shows ({@link
 * io.wardwatt.carbon.closing.LedgerDifference}) and what a verification found ({@link
 * io.wardwatt.carbon.closing.Verification}). The service around it is {@code carbon.store}, {@code carbon.rest} and
 * {@code carbon.runtime}.
 */
package io.wardwatt.carbon.closing;
