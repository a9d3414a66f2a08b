-- Schema 2 (register-store 0.1): each revision records how many assets, DPIAs and contracts its
-- register holds, so that a log needs no record read. Stores written with schema 1 are counted here.
ALTER TABLE register_revision ADD COLUMN asset_count INTEGER;
ALTER TABLE register_revision ADD COLUMN dpia_count INTEGER;
ALTER TABLE register_revision ADD COLUMN contract_count INTEGER;

UPDATE register_revision SET
  asset_count = (SELECT COUNT(*) FROM register_record r WHERE r.kind = 'assets'
      AND r.valid_from <= register_revision.revision
      AND (r.valid_until IS NULL OR r.valid_until > register_revision.revision)),
  dpia_count = (SELECT COUNT(*) FROM register_record r WHERE r.kind = 'dpias'
      AND r.valid_from <= register_revision.revision
      AND (r.valid_until IS NULL OR r.valid_until > register_revision.revision)),
  contract_count = (SELECT COUNT(*) FROM register_record r WHERE r.kind = 'contracts'
      AND r.valid_from <= register_revision.revision
      AND (r.valid_until IS NULL OR r.valid_until > register_revision.revision));

ALTER TABLE register_revision ALTER COLUMN asset_count SET NOT NULL;
ALTER TABLE register_revision ALTER COLUMN dpia_count SET NOT NULL;
ALTER TABLE register_revision ALTER COLUMN contract_count SET NOT NULL;
