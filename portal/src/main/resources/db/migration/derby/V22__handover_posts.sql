-- A hand-over (转岗交接) keeps its posts as facts (departures.entity.Departure handover_to_post_id, with from_post_id
-- the post left): each page writes "old post → new post" in its reader's language. Before this version the reason
-- held that sentence in Chinese ("岗甲 → 岗乙；reason"); those rows keep it and are shown as they are.
ALTER TABLE departure ADD COLUMN handover_to_post_id BIGINT;
ALTER TABLE departure ADD CONSTRAINT departure_handover_to_post FOREIGN KEY (handover_to_post_id) REFERENCES post (ID);
