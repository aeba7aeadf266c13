-- Assessments (campaigns), invitations, responses, answers and per-respondent scores.
-- Anonymity by design: a response row holds no token, email, IP address or time finer than
-- the week; invitation tokens only record that they were used.

create sequence assessment_seq start with 1 increment by 50;

create table assessment (
    id                        bigint       not null primary key,
    ics_id                    bigint       not null,
    title                     varchar(200) not null,
    series                    varchar(100) not null,
    status                    varchar(10)  not null,
    opens_on                  date         not null,
    closes_on                 date         not null,
    score_threshold           integer      not null,
    text_threshold            integer      not null,
    ask_profession            boolean      not null,
    ask_seniority             boolean      not null,
    leads_questionnaire_id    bigint,
    staff_questionnaire_id    bigint,
    created_at                timestamp with time zone not null,
    opened_at                 timestamp with time zone,
    closed_at                 timestamp with time zone,
    version                   bigint       not null,
    constraint fk_assessment_ics foreign key (ics_id) references ics (id),
    constraint fk_assessment_leads_q foreign key (leads_questionnaire_id) references questionnaire_version (id),
    constraint fk_assessment_staff_q foreign key (staff_questionnaire_id) references questionnaire_version (id),
    constraint ck_assessment_status check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    constraint ck_assessment_thresholds check (score_threshold >= 3 and text_threshold >= score_threshold),
    constraint ck_assessment_dates check (closes_on >= opens_on)
);

create index ix_assessment_ics on assessment (ics_id);

create table assessment_partner (
    assessment_id  bigint not null,
    partner_id     bigint not null,
    constraint pk_assessment_partner primary key (assessment_id, partner_id),
    constraint fk_assessment_partner_a foreign key (assessment_id) references assessment (id),
    constraint fk_assessment_partner_p foreign key (partner_id) references partner (id)
);

create table invitation_link (
    code           varchar(32) not null primary key,
    assessment_id  bigint      not null,
    partner_id     bigint      not null,
    audience       varchar(10) not null,
    constraint uq_invitation_link unique (assessment_id, partner_id, audience),
    constraint fk_invitation_link_a foreign key (assessment_id) references assessment (id),
    constraint fk_invitation_link_p foreign key (partner_id) references partner (id)
);

create sequence invitation_token_seq start with 1 increment by 50;

create table invitation_token (
    id             bigint       not null primary key,
    assessment_id  bigint       not null,
    partner_id     bigint       not null,
    audience       varchar(10)  not null,
    token_hash     varchar(64)  not null,
    email          varchar(254) not null,
    used           boolean      not null,
    reminders      integer      not null,
    version        bigint       not null,
    constraint uq_invitation_token_hash unique (token_hash),
    constraint uq_invitation_token_email unique (assessment_id, email),
    constraint fk_invitation_token_a foreign key (assessment_id) references assessment (id),
    constraint fk_invitation_token_p foreign key (partner_id) references partner (id)
);

create sequence response_seq start with 1 increment by 50;

create table response (
    id                        bigint      not null primary key,
    assessment_id             bigint      not null,
    partner_id                bigint      not null,
    audience                  varchar(10) not null,
    questionnaire_version_id  bigint      not null,
    device_secret_hash        varchar(64) not null,
    resume_code_hash          varchar(64) not null,
    profession                varchar(40),
    seniority                 varchar(40),
    status                    varchar(10) not null,
    started_week              date        not null,
    submitted_week            date,
    receipt_code              varchar(20),
    version                   bigint      not null,
    constraint uq_response_device unique (device_secret_hash),
    constraint uq_response_resume unique (resume_code_hash),
    constraint fk_response_assessment foreign key (assessment_id) references assessment (id),
    constraint fk_response_partner foreign key (partner_id) references partner (id),
    constraint fk_response_questionnaire foreign key (questionnaire_version_id) references questionnaire_version (id),
    constraint ck_response_status check (status in ('DRAFT', 'SUBMITTED'))
);

create index ix_response_monitor on response (assessment_id, status, partner_id);

create table answer (
    response_id   bigint        not null,
    item_id       varchar(64)   not null,
    sub_key       varchar(64)   not null,
    answer_value  varchar(4000) not null,
    constraint pk_answer primary key (response_id, item_id, sub_key),
    constraint fk_answer_response foreign key (response_id) references response (id) on delete cascade
);

-- Scores are computed once at submission so that reports aggregate these rows with SQL
-- instead of re-reading raw answers.
create table respondent_score (
    response_id    bigint           not null,
    assessment_id  bigint           not null,
    partner_id     bigint           not null,
    audience       varchar(10)      not null,
    profession     varchar(40),
    seniority      varchar(40),
    scale_kind     varchar(12)      not null,
    scale_id       varchar(64)      not null,
    score          double precision not null,
    constraint pk_respondent_score primary key (response_id, scale_kind, scale_id),
    constraint fk_respondent_score_response foreign key (response_id) references response (id) on delete cascade,
    constraint ck_respondent_score_range check (score >= 0 and score <= 100)
);

create index ix_respondent_score_group on respondent_score (assessment_id, scale_kind, scale_id, partner_id);
