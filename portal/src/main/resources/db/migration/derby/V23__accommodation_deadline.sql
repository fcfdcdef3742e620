-- A grant of extra minutes that moved an open attempt's deadline keeps the deadline it set (extended_deadline),
-- beside the attempt it names (extended_attempt_id, V20): the evidence entry of the grant says both, as the
-- attempt's own deadline may move again with a later grant. Rows from before this version have none, and their
-- evidence entries stay as they were logged.
ALTER TABLE quiz_accommodation ADD COLUMN extended_deadline TIMESTAMP;
