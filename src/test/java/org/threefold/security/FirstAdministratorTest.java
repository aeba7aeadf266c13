package org.threefold.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production database starts empty; the first administrator comes from the environment.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:first-admin-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=false", "threefold.admin.username=founder",
		"threefold.admin.password=a-long-first-password" })
class FirstAdministratorTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void an_empty_installation_gets_one_administrator_with_a_hashed_password() {
		assertThat(this.jdbc.queryForList("select username from app_user where role = 'ADMINISTRATOR'", String.class))
			.containsExactly("founder");
		String hash = this.jdbc.queryForObject("select password_hash from app_user where username = 'founder'",
				String.class);
		assertThat(this.passwordEncoder.matches("a-long-first-password", hash)).isTrue();
	}

}
