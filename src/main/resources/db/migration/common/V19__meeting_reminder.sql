-- When the attendees of a meeting were reminded of it (once, the day before).
alter table meeting add column reminded_at timestamp with time zone;
