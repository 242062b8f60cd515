-- H2 has no trigram indexes: its free-text search over answers scans them, which at 100,000
-- sessions stays within the embedded target (see ReviewScaleHarnessIT). Kept so both databases
-- share one migration history.
select 1;
