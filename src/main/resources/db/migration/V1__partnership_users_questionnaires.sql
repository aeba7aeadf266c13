-- One schema for H2 (embedded default) and PostgreSQL: only types and syntax both accept.
-- Sequences step by 50 to match Hibernate's pooled allocation, so inserts can be batched.

create sequence ics_seq start with 1 increment by 50;

create table ics (
    id          bigint       not null primary key,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    region      varchar(100),
    demo        boolean      not null,
    created_at  timestamp with time zone not null,
    constraint uq_ics_code unique (code)
);

create sequence partner_seq start with 1 increment by 50;

create table partner (
    id           bigint       not null primary key,
    ics_id       bigint       not null,
    name         varchar(200) not null,
    sector       varchar(40)  not null,
    ods_code     varchar(10),
    headcount    integer,
    budget_band  varchar(20),
    created_at   timestamp with time zone not null,
    version      bigint       not null,
    constraint fk_partner_ics foreign key (ics_id) references ics (id),
    constraint uq_partner_name unique (ics_id, name),
    constraint uq_partner_ods unique (ics_id, ods_code),
    constraint ck_partner_headcount check (headcount is null or headcount > 0)
);

create index ix_partner_ics on partner (ics_id);

create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id             bigint       not null primary key,
    username       varchar(100) not null,
    display_name   varchar(200) not null,
    email          varchar(254),
    password_hash  varchar(200) not null,
    role           varchar(30)  not null,
    ics_id         bigint,
    partner_id     bigint,
    enabled        boolean      not null,
    created_at     timestamp with time zone not null,
    version        bigint       not null,
    constraint uq_app_user_username unique (username),
    constraint fk_app_user_ics foreign key (ics_id) references ics (id),
    constraint fk_app_user_partner foreign key (partner_id) references partner (id),
    -- Administrators belong to no ICS; everyone else to exactly one.
    constraint ck_app_user_ics check ((role = 'ADMINISTRATOR' and ics_id is null)
                                      or (role <> 'ADMINISTRATOR' and ics_id is not null))
);

create index ix_app_user_ics on app_user (ics_id);

create sequence questionnaire_version_seq start with 1 increment by 50;

create table questionnaire_version (
    id               bigint          not null primary key,
    definition_id    varchar(64)     not null,
    kind             varchar(20)     not null,
    content_hash     varchar(64)     not null,
    version_label    varchar(40),
    file_name        varchar(200)    not null,
    content          varchar(1000000) not null,
    first_loaded_at  timestamp with time zone not null,
    constraint uq_questionnaire_version unique (definition_id, content_hash)
);
