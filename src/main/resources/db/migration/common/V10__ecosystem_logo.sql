-- An ecosystem's logo, 256×256, re-encoded by the platform.
create table ecosystem_logo (
  ecosystem_id bigint primary key references ecosystem (id) on delete cascade,
  image bytea not null,
  updated_at timestamp with time zone not null
);
