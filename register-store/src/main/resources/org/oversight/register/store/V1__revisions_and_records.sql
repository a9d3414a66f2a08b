-- The first schema of a register store (register-store 0.1). Portable SQL: H2 2.x and PostgreSQL 15.
--
-- One row per revision: who, when (an instant, as epoch second and nanosecond) and why.
CREATE TABLE register_revision (
  revision BIGINT NOT NULL PRIMARY KEY,
  recorded_at_second BIGINT NOT NULL,
  recorded_at_nano INTEGER NOT NULL,
  author VARCHAR(200) NOT NULL,
  reason VARCHAR(2000) NOT NULL,
  as_at DATE NOT NULL
);

-- One row per version of a record: the record as canonical one-line JSON (the owner's full copy),
-- valid from the revision that wrote it until the revision that changed or removed it (exclusive;
-- null while it is current). A record that does not change is not written again.
-- kind is the register document's field that holds the record: organisation, assets, dpias,
-- contracts. record_id is the record's id ('' for the organisation).
CREATE TABLE register_record (
  kind VARCHAR(32) NOT NULL,
  record_id VARCHAR(64) NOT NULL,
  valid_from BIGINT NOT NULL,
  valid_until BIGINT,
  body VARCHAR(1000000) NOT NULL,
  PRIMARY KEY (kind, record_id, valid_from)
);
