package io.wardwatt.carbon.runtime;

import io.wardwatt.carbon.ClosedLedger;
import io.wardwatt.carbon.ClosedLedgers;
import io.wardwatt.carbon.ledger.MonthlyLedger;
import io.wardwatt.carbon.store.LedgerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** {@link ClosedLedgers} for other packages, from the stored ledgers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StoredClosedLedgers implements ClosedLedgers {

    @Inject
    LedgerRepository ledgers;

    @Inject
    LedgerVerifier verifier;

    @Inject
    LedgerSites sites;

    @Override
    public Optional<ClosedLedger> latest(String site, YearMonth month) {
        return ledgers.latest(site, month);
    }

    @Override
    public Optional<ClosedLedger> version(String site, YearMonth month, int version) {
        return ledgers.version(site, month, version);
    }

    @Override
    public List<ClosedLedger> versions(String site, YearMonth month) {
        return ledgers.versions(site, month);
    }

    @Override
    public Optional<MonthlyLedger> recompute(String site, YearMonth month, int version) {
        return ledgers.version(site, month, version).map(ledger -> verifier.recompute(sites.require(site), ledger));
    }
}
