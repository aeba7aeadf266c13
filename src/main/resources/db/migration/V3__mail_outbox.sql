-- Every email Threefold sends or keeps, so a leader can see what went to whom and whether it
-- arrived. Without a mail server (the embedded default) emails stop here with status OUTBOX and
-- the leader copies the invitation links from the outbox screen.

create sequence outbound_email_seq start with 1 increment by 50;

create table outbound_email (
    id          bigint         not null primary key,
    ics_id      bigint         not null,
    recipient   varchar(254)   not null,
    subject     varchar(200)   not null,
    body        varchar(20000) not null,
    status      varchar(10)    not null,
    error       varchar(1000),
    created_at  timestamp with time zone not null,
    sent_at     timestamp with time zone,
    constraint fk_outbound_email_ics foreign key (ics_id) references ics (id),
    constraint ck_outbound_email_status check (status in ('QUEUED', 'SENT', 'FAILED', 'OUTBOX'))
);

-- The outbox screens list the newest emails first, per ICS for leaders and across all for
-- administrators.
create index ix_outbound_email_ics on outbound_email (ics_id, created_at);
create index ix_outbound_email_created on outbound_email (created_at);
