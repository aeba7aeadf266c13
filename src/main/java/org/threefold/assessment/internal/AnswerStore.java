package org.threefold.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.threefold.assessment.AnswerKey;

/**
 * Answers are saved one at a time as people answer, so this is the hottest write path: a
 * single SQL MERGE (standard SQL, supported by H2 and PostgreSQL 15+) instead of a JPA
 * read-then-write.
 */
@Component
public class AnswerStore {

	private static final String MERGE = """
			merge into answer a
			using (values (cast(? as bigint), cast(? as varchar(64)), cast(? as varchar(64)), cast(? as varchar(4000))))
			  as v(response_id, item_id, sub_key, answer_value)
			on a.response_id = v.response_id and a.item_id = v.item_id and a.sub_key = v.sub_key
			when matched then update set answer_value = v.answer_value
			when not matched then insert (response_id, item_id, sub_key, answer_value)
			  values (v.response_id, v.item_id, v.sub_key, v.answer_value)""";

	private static final String INSERT_ALL = "insert into answer (response_id, item_id, sub_key, answer_value) values";

	private final JdbcTemplate jdbc;

	AnswerStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void save(long responseId, AnswerKey key, String value) {
		try {
			this.jdbc.update(MERGE, responseId, key.itemId(), key.subKey(), value);
		}
		catch (DuplicateKeyException ex) {
			// Two tabs inserted the same answer at the same moment; the row exists now,
			// so update it.
			this.jdbc.update("update answer set answer_value = ? where response_id = ? and item_id = ? and sub_key = ?",
					value, responseId, key.itemId(), key.subKey());
		}
	}

	/**
	 * Inserts the answers of responses recorded in bulk, many rows per statement. A plain
	 * insert, not the merge above: these responses were created in the same transaction
	 * and have no earlier answers.
	 */
	public void insertAll(Map<Long, Map<AnswerKey, String>> answersByResponse) {
		List<Object[]> rows = new ArrayList<>();
		answersByResponse.forEach((responseId, answers) -> answers
			.forEach((key, value) -> rows.add(new Object[] { responseId, key.itemId(), key.subKey(), value })));
		MultiRowInsert.insert(this.jdbc, INSERT_ALL, rows);
	}

	public void clear(long responseId, AnswerKey key) {
		this.jdbc.update("delete from answer where response_id = ? and item_id = ? and sub_key = ?", responseId,
				key.itemId(), key.subKey());
	}

	public Map<AnswerKey, String> load(long responseId) {
		Map<AnswerKey, String> answers = new LinkedHashMap<>();
		this.jdbc.query(
				"select item_id, sub_key, answer_value from answer where response_id = ? order by item_id, sub_key",
				(row) -> {
					answers.put(new AnswerKey(row.getString(1), row.getString(2)), row.getString(3));
				}, responseId);
		return answers;
	}

}
