-- Who belongs to which group and holds which role there, and who holds which role in an
-- ecosystem: one registry read by the authorization service (club.access.Access).
create table group_member (
  group_id bigint not null references group_record (id) on delete cascade,
  account_id bigint not null references account (id) on delete cascade,
  joined_at timestamp with time zone not null,
  primary key (group_id, account_id)
);
create index group_member_account_idx on group_member (account_id);

create table group_member_role (
  group_id bigint not null,
  account_id bigint not null,
  role varchar(30) not null,
  granted_at timestamp with time zone not null,
  primary key (group_id, account_id, role),
  foreign key (group_id, account_id) references group_member (group_id, account_id) on delete cascade
);

create table ecosystem_role (
  ecosystem_id bigint not null references ecosystem (id) on delete cascade,
  account_id bigint not null references account (id) on delete cascade,
  role varchar(30) not null,
  granted_at timestamp with time zone not null,
  primary key (ecosystem_id, account_id, role)
);
create index ecosystem_role_account_idx on ecosystem_role (account_id);

-- The group admins and ecosystem stewards recorded so far move into the registry.
insert into group_member (group_id, account_id, joined_at)
  select a.group_id, a.account_id, g.created_at from group_admin a join group_record g on g.id = a.group_id
  where a.account_id in (select id from account);
insert into group_member_role (group_id, account_id, role, granted_at)
  select group_id, account_id, 'ADMIN', joined_at from group_member;
insert into ecosystem_role (ecosystem_id, account_id, role, granted_at)
  select s.ecosystem_id, s.account_id, 'STEWARD', e.created_at from ecosystem_steward s join ecosystem e on e.id = s.ecosystem_id
  where s.account_id in (select id from account);
drop table group_admin;
drop table ecosystem_steward;

-- Once people join a group here, its number of members is counted, no longer typed by hand.
alter table group_record add column members_managed boolean not null default false;
