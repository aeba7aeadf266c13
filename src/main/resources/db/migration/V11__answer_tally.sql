-- The power maps (org.threefold.power) read count, sum and sum of squares of the per-partner
-- answers (partner matrices and allocations) by rater partner, question and rated partner.
-- Aggregating the raw answer table at read time scanned millions of rows (about 6 s for 60
-- partners and 20,000 respondents), and raw answers may be deleted by the retention job. So
-- each submitted response adds its per-key answers to this tally in the transaction that
-- submits it, as respondent_score stores its scores: one row per assessment, rater partner,
-- item and sub key (the rated partner's id, or an allocation option), a few thousand rows
-- per assessment, read through the primary key in the power maps' GROUP BY order.
-- "Don't know" and "not applicable" are not counted.
create table answer_tally (
    assessment_id  bigint      not null,
    partner_id     bigint      not null,
    item_id        varchar(64) not null,
    sub_key        varchar(64) not null,
    answers        bigint      not null,
    total          bigint      not null,
    squares        bigint      not null,
    constraint pk_answer_tally primary key (assessment_id, partner_id, item_id, sub_key),
    constraint fk_answer_tally_assessment foreign key (assessment_id) references assessment (id) on delete cascade
);

-- Responses submitted before this table existed.
insert into answer_tally (assessment_id, partner_id, item_id, sub_key, answers, total, squares)
select r.assessment_id, r.partner_id, a.item_id, a.sub_key, count(*),
       sum(cast(a.answer_value as bigint)),
       sum(cast(a.answer_value as bigint) * cast(a.answer_value as bigint))
from answer a join response r on r.id = a.response_id
where r.status = 'SUBMITTED' and a.sub_key <> '' and a.answer_value not in ('not-applicable', 'dont-know')
group by r.assessment_id, r.partner_id, a.item_id, a.sub_key;
