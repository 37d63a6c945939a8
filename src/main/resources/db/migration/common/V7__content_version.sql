-- Bumped after every committed change of public content: cached pages rendered before it are stale.
create table content_version (
  id integer primary key,
  version bigint not null
);
insert into content_version (id, version) values (1, 0);
