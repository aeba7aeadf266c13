-- The action plan of each ICS: actions suggested from an assessment's results (from the
-- action library), actions a leader adds, and actions agreed in workshops.

create sequence plan_action_seq start with 1 increment by 50;

create table plan_action (
    id                 bigint        not null primary key,
    ics_id             bigint        not null,
    origin             varchar(10)   not null,
    status             varchar(12)   not null,
    title              varchar(300)  not null,
    detail             varchar(2000),
    subdimension       varchar(64),
    assessment_id      bigint,
    library_action_id  varchar(64),
    trigger_rule       varchar(20),
    evidence           varchar(500),
    evidence_score     double precision,
    evidence_band      integer,
    evidence_n         bigint,
    source             varchar(300),
    national           boolean       default false not null,
    owner_partner_id   bigint,
    due_on             date,
    progress_note      varchar(1000),
    workshop_id        bigint,
    agreement_id       bigint,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint        not null,
    constraint fk_plan_action_ics foreign key (ics_id) references ics (id),
    constraint fk_plan_action_assessment foreign key (assessment_id) references assessment (id),
    constraint fk_plan_action_owner foreign key (owner_partner_id) references partner (id),
    constraint ck_plan_action_origin check (origin in ('SUGGESTED', 'OWN', 'WORKSHOP')),
    constraint ck_plan_action_status check (status in ('SUGGESTED', 'ACCEPTED', 'IN_PROGRESS', 'DONE', 'DISMISSED')),
    -- A suggestion is made once per assessment and library action, a workshop agreement
    -- joins once, however often either is repeated.
    constraint uq_plan_action_suggestion unique (ics_id, assessment_id, library_action_id),
    constraint uq_plan_action_agreement unique (ics_id, workshop_id, agreement_id)
);

create index ix_plan_action_ics on plan_action (ics_id, status);
