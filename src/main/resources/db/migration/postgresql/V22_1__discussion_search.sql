-- Full-text search of a group's discussion on PostgreSQL: the words of each message, kept with it
-- and indexed, so that searching a million messages reads the index, not the texts. The 'simple'
-- configuration (no stemming) suits a platform in several languages; accents are already gone.
alter table discussion_message add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored;
create index discussion_message_search_idx on discussion_message using gin (search_vector);
