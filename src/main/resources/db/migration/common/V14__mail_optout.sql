-- The notifications a person chose not to receive by mail (mails about their account always go).
create table mail_optout (
  account_id bigint not null references account (id) on delete cascade,
  topic varchar(40) not null,
  primary key (account_id, topic)
);
