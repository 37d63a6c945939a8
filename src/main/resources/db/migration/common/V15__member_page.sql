-- Who sees the groups a person belongs to on their public page.
create table member_page (
  account_id bigint primary key references account (id) on delete cascade,
  groups_audience varchar(20) not null
);
