-- A moderated ecosystem lists a group carrying its keyword only once a steward admitted it.
alter table ecosystem add column moderated boolean not null default false;

create table ecosystem_admission (
  ecosystem_id bigint not null references ecosystem (id) on delete cascade,
  group_id bigint not null,
  status varchar(10) not null,
  -- The charter's rules the group attested when it applied, one per line.
  attested text not null,
  reason text,
  applied_by bigint,
  applied_at timestamp with time zone not null,
  decided_by bigint,
  decided_at timestamp with time zone,
  primary key (ecosystem_id, group_id)
);
create index ecosystem_admission_status_idx on ecosystem_admission (ecosystem_id, status);
