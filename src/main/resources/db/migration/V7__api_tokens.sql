-- Read-only API tokens for BI tools, issued and revoked by an ICS leader per ICS.
-- Only the SHA-256 of a token is stored; the token itself is shown once, when issued.

create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id            bigint       not null primary key,
    ics_id        bigint       not null,
    name          varchar(100) not null,
    token_hash    varchar(64)  not null,
    token_hint    varchar(16)  not null,
    created_by    varchar(100) not null,
    created_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    last_used_on  date,
    version       bigint       not null,
    constraint uq_api_token_hash unique (token_hash),
    constraint fk_api_token_ics foreign key (ics_id) references ics (id)
);

create index ix_api_token_ics on api_token (ics_id);
