/**
 * The read-only JSON API under {@code /api/v1} for BI tools, and the bearer tokens that
 * open it. An ICS leader issues and revokes tokens for their own ICS
 * ({@link org.threefold.api.ApiTokenService}); a token is shown once and stored only as
 * its SHA-256 hash. A request with a valid token acts as a board viewer of the token's
 * ICS, so it sees exactly what the secured services let a board viewer see: results
 * already suppressed by the scoring layer and exports from the export module. The
 * addresses are in docs/api.md; the OpenAPI description is served at
 * {@code /v3/api-docs}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Read-only API")
package org.threefold.api;
