-- Results read respondent scores grouped by partner, profession, seniority and scale. With
-- every grouping column and the score in one index, PostgreSQL answers from the index alone
-- (an index-only scan) instead of reading the wider table rows.
--
-- scale_items records, on item and sub-dimension rows, how many items of that
-- sub-dimension the respondent answered, so Cronbach's alpha can select the respondents who
-- answered them all from these rows alone. Earlier rows get 0: alpha for them is simply
-- not computed.
alter table respondent_score add column scale_items smallint default 0 not null;

drop index ix_respondent_score_group;

create index ix_respondent_score_cube
    on respondent_score (assessment_id, scale_kind, scale_id, partner_id, profession, seniority, audience,
                         scale_items, score);
