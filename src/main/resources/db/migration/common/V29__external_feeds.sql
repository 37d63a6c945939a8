-- Groups whose life is elsewhere: the calendar and news feed their record links to, read on a
-- schedule into the activity log. How each feed's last reading went, and a key per item already
-- recorded, so that an item read again is never recorded twice.
create table external_feed (
  group_id bigint not null references group_record (id) on delete cascade,
  kind varchar(20) not null,
  url varchar(500) not null,
  read_at timestamp with time zone not null,
  problem varchar(20),
  recorded integer not null,
  primary key (group_id, kind)
);

create table external_feed_item (
  group_id bigint not null references group_record (id) on delete cascade,
  kind varchar(20) not null,
  -- SHA-256 (hex) of the item's key: an event's UID and start, an entry's id
  item_hash char(64) not null,
  primary key (group_id, kind, item_hash)
);
