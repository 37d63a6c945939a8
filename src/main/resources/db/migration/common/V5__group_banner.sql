-- A group's banner, 1920×160, re-encoded by the platform.
create table group_banner (
  group_id bigint primary key references group_record (id) on delete cascade,
  image bytea not null,
  updated_at timestamp with time zone not null
);
