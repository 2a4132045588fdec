-- The KognitosGen run ledger's table (KognitosGen.Ledger.PostgreSql creates it on first use when its role may).
-- Run once: psql "<connection string>" -f kognitos_run_ledger.sql. Safe to run again.
CREATE TABLE IF NOT EXISTS kognitos_run_ledger (
    business_key text PRIMARY KEY,
    inputs_hash text NOT NULL,
    owner text NOT NULL,
    run_id text NULL,
    lease_until timestamptz NOT NULL,
    generation integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS kognitos_run_ledger_created_at ON kognitos_run_ledger (created_at);
