-- pg_trgm and the trigram indexes on tenant and customer names exist since migration 0001; this one only makes sure of the extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
